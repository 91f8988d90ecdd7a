package io.cloudmigrate.graph.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The DuckDB side of the flow-log benchmark, run as its own process: {@code DuckDbSide FLOW_LOG OUTPUT_JSON}.
 * {@code read_csv} with the version 2 columns, then {@code GROUP BY} (srcaddr, dstaddr, dstport, protocol)
 * over the {@code OK} records with accepted and rejected flow counts, accepted packets and bytes and
 * first and last seen, written with {@code COPY … TO} as JSON, one object a line. It folds nothing: no
 * response into its request, no scanner into a summary.
 */
public final class DuckDbSide
{
    private DuckDbSide() {}

    public static void main(String[] arguments)
            throws SQLException
    {
        String input = Path.of(arguments[0]).toAbsolutePath().toString().replace("'", "''");
        String output = Path.of(arguments[1]).toAbsolutePath().toString().replace("'", "''");
        String query = """
                COPY (
                  SELECT srcaddr AS source, dstaddr AS target, dstport AS port, protocol,
                         count(*) FILTER (WHERE action = 'ACCEPT') AS acceptedFlows,
                         count(*) FILTER (WHERE action = 'REJECT') AS rejectedFlows,
                         coalesce(sum(packets) FILTER (WHERE action = 'ACCEPT'), 0) AS packets,
                         coalesce(sum(bytes) FILTER (WHERE action = 'ACCEPT'), 0) AS bytes,
                         min(start_time) AS firstSeen, max(end_time) AS lastSeen
                  FROM read_csv('%s', delim = ' ', header = true, nullstr = '-', columns = {
                      'version': 'INTEGER', 'account_id': 'VARCHAR', 'interface_id': 'VARCHAR',
                      'srcaddr': 'VARCHAR', 'dstaddr': 'VARCHAR', 'srcport': 'INTEGER', 'dstport': 'INTEGER',
                      'protocol': 'INTEGER', 'packets': 'BIGINT', 'bytes': 'BIGINT',
                      'start_time': 'BIGINT', 'end_time': 'BIGINT', 'action': 'VARCHAR', 'log_status': 'VARCHAR'})
                  WHERE log_status = 'OK'
                  GROUP BY srcaddr, dstaddr, dstport, protocol
                ) TO '%s' (FORMAT json)
                """.formatted(input, output);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(query);
        }
    }
}
