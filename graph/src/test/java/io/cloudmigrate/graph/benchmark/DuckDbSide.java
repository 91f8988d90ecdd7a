package io.cloudmigrate.graph.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The DuckDB side of the flow-log benchmark, run as its own process: {@code DuckDbSide FLOW_LOG EDGES_CSV}.
 * {@code read_csv} with the version 2 columns, then {@code GROUP BY} (srcaddr, dstaddr, dstport,
 * protocol) over the {@code OK} records, written with {@code COPY}. It folds nothing, which is why
 * the generated data holds requests only (see {@link FlowLogGenerator}).
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
                  SELECT srcaddr, dstaddr, dstport, protocol,
                         count(*) FILTER (WHERE action = 'ACCEPT'),
                         count(*) FILTER (WHERE action = 'REJECT'),
                         coalesce(sum(packets) FILTER (WHERE action = 'ACCEPT'), 0),
                         coalesce(sum(bytes) FILTER (WHERE action = 'ACCEPT'), 0),
                         min(start_time), max(end_time)
                  FROM read_csv('%s', delim = ' ', header = true, nullstr = '-', columns = {
                      'version': 'INTEGER', 'account_id': 'VARCHAR', 'interface_id': 'VARCHAR',
                      'srcaddr': 'VARCHAR', 'dstaddr': 'VARCHAR', 'srcport': 'INTEGER', 'dstport': 'INTEGER',
                      'protocol': 'INTEGER', 'packets': 'BIGINT', 'bytes': 'BIGINT',
                      'start_time': 'BIGINT', 'end_time': 'BIGINT', 'action': 'VARCHAR', 'log_status': 'VARCHAR'})
                  WHERE log_status = 'OK'
                  GROUP BY srcaddr, dstaddr, dstport, protocol
                ) TO '%s' (FORMAT csv, HEADER false)
                """.formatted(input, output);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(query);
        }
        System.out.println(ProcessFigures.line());
    }
}
