package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.List;
import java.util.Map;

/**
 * RDS DB instances of one region. Their private address is left out of the placement: RDS does not
 * report it, and it moves on fail-over anyway. DB clusters are read after them
 * ({@link RdsClusterReader}).
 */
final class RdsReader
{
    private static final String OPERATION = "rds-describe-db-instances";

    private RdsReader() {}

    static void read(RegionContext context)
    {
        for (JsonNode database : context.items(OPERATION, "DBInstances")) {
            String identifier = Json.text(database, "DBInstanceIdentifier");
            if (identifier == null) {
                continue;
            }
            String arn = Json.text(database, "DBInstanceArn");
            JsonNode subnetGroup = database.path("DBSubnetGroup");
            NetworkPlacement placement = new NetworkPlacement(
                    Json.text(subnetGroup, "VpcId"),
                    Json.texts(subnetGroup, "Subnets", "SubnetIdentifier"),
                    Json.texts(database, "VpcSecurityGroups", "VpcSecurityGroupId"),
                    List.of(), List.of(), List.of());
            JsonNode endpoint = database.path("Endpoint");
            int port = Json.integer(endpoint, "Port", Json.integer(database, "DbInstancePort", 0));
            ResourceDetails details = new ResourceDetails.RdsDbInstance(
                    identifier,
                    Json.text(database, "DBInstanceClass"),
                    Json.text(database, "Engine"),
                    Json.text(database, "EngineVersion"),
                    Json.text(database, "LicenseModel"),
                    Json.integer(database, "AllocatedStorage", 0),
                    Json.text(database, "StorageType"),
                    Json.bool(database, "MultiAZ"),
                    Json.bool(database, "PubliclyAccessible"),
                    Json.text(endpoint, "Address"),
                    port,
                    Json.text(database, "ReadReplicaSourceDBInstanceIdentifier"),
                    Json.text(database, "DBClusterIdentifier"));
            Map<String, String> tags = Json.tags(database);
            context.estate().add(context, new Resource(arn == null ? context.scope().rdsDbInstance(identifier) : arn, ResourceType.RDS_DB_INSTANCE,
                    context.accountId(), context.region(), Json.name(tags, identifier), tags, placement, details),
                    context.files().documentPath(OPERATION));
        }
    }
}
