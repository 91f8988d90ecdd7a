package io.cloudmigrate.discovery.internal.awscli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the account id and partition of an account folder: from {@code sts-get-caller-identity}
 * in any of its region folders, failing that from the owner fields and ARNs of its resources.
 */
final class AccountResolver
{
    static final String UNKNOWN_ACCOUNT = "unknown";
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

    /**
     * The account id, or empty when no file names it, and the partition.
     *
     * @param malformedIds values given as account ids that are not 12 digits, sorted
     */
    record Account(Optional<String> accountId, Optional<String> partition, List<String> malformedIds) {}

    private AccountResolver() {}

    static Account resolve(List<RegionFiles> regions)
    {
        List<String> accountIds = new ArrayList<>();
        List<String> arns = new ArrayList<>();
        for (RegionFiles files : regions) {
            files.document("sts-get-caller-identity").ifPresent(identity -> {
                accountIds.addAll(Json.present(Json.text(identity, "Account")));
                arns.addAll(Json.present(Json.text(identity, "Arn")));
            });
        }
        for (RegionFiles files : regions) {
            files.document("ec2-describe-instances").ifPresent(document -> accountIds.addAll(Json.texts(document, "Reservations", "OwnerId")));
            files.document("ec2-describe-security-groups").ifPresent(document -> accountIds.addAll(Json.texts(document, "SecurityGroups", "OwnerId")));
            files.document("ec2-describe-vpcs").ifPresent(document -> accountIds.addAll(Json.texts(document, "Vpcs", "OwnerId")));
            files.document("lambda-list-functions").ifPresent(document -> arns.addAll(Json.texts(document, "Functions", "FunctionArn")));
            files.document("rds-describe-db-instances").ifPresent(document -> arns.addAll(Json.texts(document, "DBInstances", "DBInstanceArn")));
            files.document("elbv2-describe-load-balancers").ifPresent(document -> arns.addAll(Json.texts(document, "LoadBalancers", "LoadBalancerArn")));
            files.document("ecs-list-clusters").ifPresent(document -> arns.addAll(Json.strings(document, "clusterArns")));
        }
        arns.stream().map(RegionScope::accountOf).filter(Objects::nonNull).forEach(accountIds::add);
        Optional<String> accountId = accountIds.stream().filter(id -> ACCOUNT_ID.matcher(id).matches()).findFirst();
        Optional<String> partition = arns.stream().map(RegionScope::partitionOf).filter(Objects::nonNull).findFirst();
        List<String> malformedIds = accountIds.stream().filter(id -> !ACCOUNT_ID.matcher(id).matches()).distinct().sorted().toList();
        return new Account(accountId, partition, malformedIds);
    }
}
