package io.cloudmigrate.discovery.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.aws.flowlogs.FlowLogSources;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The read-only IAM policy a scan needs: the union of the actions each {@link ScannerFactory}
 * declares and those the scan itself calls, sorted, in one statement; and a second statement for
 * reading flow-log records back from S3 and CloudWatch Logs.
 */
public final class IamPolicy
{
    /**
     * What {@code assess} and {@code prices refresh} call to read AWS list prices (the Price List Query
     * API), the Compute Savings Plans rates that stand beside the Reserved offers, and the current Spot
     * prices shown as information; all only read.
     */
    public static final List<String> PRICE_LIST_ACTIONS = List.of("pricing:GetProducts", "savingsplans:DescribeSavingsPlansOfferingRates",
            "ec2:DescribeSpotPriceHistory");

    private IamPolicy() {}

    /** The sorted actions. */
    public static SortedSet<String> actions(List<ScannerFactory> factories)
    {
        SortedSet<String> actions = new TreeSet<>(AwsScan.OWN_IAM_ACTIONS);
        factories.forEach(factory -> actions.addAll(factory.iamActions()));
        return actions;
    }

    /** The policy document as pretty-printed JSON with a final newline. */
    public static String document(List<ScannerFactory> factories)
    {
        // One action a line, as every other document CloudMigrate writes: a reviewer diffs policies line by line.
        ObjectNode policy = JsonDocuments.mapper().createObjectNode();
        policy.put("Version", "2012-10-17");
        ObjectNode statement = policy.putArray("Statement").addObject();
        statement.put("Sid", "CloudMigrateReadOnlyScan");
        statement.put("Effect", "Allow");
        ArrayNode actions = statement.putArray("Action");
        actions(factories).forEach(actions::add);
        statement.put("Resource", "*");
        // reading flow-log records back (`flows --from-aws`) is not part of the scan, and FilterLogEvents is not named as a read
        ObjectNode flowLogs = ((ArrayNode) policy.get("Statement")).addObject();
        flowLogs.put("Sid", "CloudMigrateReadFlowLogRecords");
        flowLogs.put("Effect", "Allow");
        ArrayNode flowLogActions = flowLogs.putArray("Action");
        FlowLogSources.IAM_ACTIONS.forEach(flowLogActions::add);
        flowLogs.put("Resource", "*");
        // prices are read by assess, not by the scan, and the Price List API has no resource-level permissions
        ObjectNode prices = ((ArrayNode) policy.get("Statement")).addObject();
        prices.put("Sid", "CloudMigrateReadPrices");
        prices.put("Effect", "Allow");
        ArrayNode priceActions = prices.putArray("Action");
        PRICE_LIST_ACTIONS.forEach(priceActions::add);
        prices.put("Resource", "*");
        return JsonDocuments.toJson(policy);
    }
}
