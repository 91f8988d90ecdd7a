package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.cloudmigrate.graph.TestEstate.instanceArn;
import static org.assertj.core.api.Assertions.assertThat;

class GraphExporterTest
{
    private static final String WEB = instanceArn("web");
    private static final String APP = instanceArn("app");

    private final Inventory inventory = new TestEstate()
            .instance("web", "10.0.1.10")
            .instance("app", "10.0.2.20")
            .inventory();

    private final GraphAnalysis analysis = new GraphAnalysis(
            List.of(WEB, APP),
            List.of(
                    new DependencyEdge(WEB, APP, EdgeKind.OBSERVED, 8080, "tcp", 12, 3_400, "observed tcp/8080, 12 flows, 3.4 kB"),
                    new DependencyEdge(APP, WEB, EdgeKind.ALLOWED, -1, "-1", 0, 0, "sg-\"web\" allows sg-app on all traffic")),
            List.of(),
            List.of(new MigrationWave(1, List.of(APP)), new MigrationWave(2, List.of(WEB))),
            List.of(),
            List.of());

    @Test
    void writesDotWithResourceIdsAndStyledEdges()
    {
        assertThat(GraphExporter.dot().export(analysis, inventory)).isEqualTo("""
                digraph dependencies {
                  rankdir=LR;
                  "arn:aws:ec2:us-east-1:111122223333:instance/i-app" [ label="app\\nwave 1" shape="box" tooltip="arn:aws:ec2:us-east-1:111122223333:instance/i-app" ];
                  "arn:aws:ec2:us-east-1:111122223333:instance/i-web" [ label="web\\nwave 2" shape="box" tooltip="arn:aws:ec2:us-east-1:111122223333:instance/i-web" ];
                  "arn:aws:ec2:us-east-1:111122223333:instance/i-app" -> "arn:aws:ec2:us-east-1:111122223333:instance/i-web" [ style="dashed" color="gray" tooltip="sg-\\"web\\" allows sg-app on all traffic" ];
                  "arn:aws:ec2:us-east-1:111122223333:instance/i-web" -> "arn:aws:ec2:us-east-1:111122223333:instance/i-app" [ label="tcp/8080" style="solid" color="black" tooltip="observed tcp/8080, 12 flows, 3.4 kB" ];
                }
                """);
    }

    @Test
    void labelsMembersOfMoveGroups()
    {
        GraphAnalysis grouped = new GraphAnalysis(analysis.nodes(), analysis.edges(),
                List.of(new MoveGroup("group-1", List.of(APP, WEB))), List.of(new MigrationWave(1, List.of(APP, WEB))), List.of(), List.of());

        assertThat(GraphExporter.dot().export(grouped, inventory))
                .contains("[ label=\"app\\nwave 1, group-1\" shape=\"box\"")
                .contains("[ label=\"web\\nwave 1, group-1\" shape=\"box\"");
    }

    @Test
    void drawsEndsOutsideTheEstateAsNodesOfTheirOwnInEveryFormat()
    {
        GraphAnalysis withInternet = new GraphAnalysis(analysis.nodes(),
                List.of(new DependencyEdge(AddressAttribution.INTERNET, WEB, EdgeKind.OBSERVED, 443, "tcp", 40, 9_000, "observed tcp/443, 40 flows, 9.0 kB")),
                List.of(), analysis.waves(), List.of(), List.of());

        assertThat(GraphExporter.dot().export(withInternet, inventory))
                .contains("\"internet\" [ label=\"internet\" shape=\"ellipse\" style=\"dashed\" tooltip=\"outside the estate\" ];")
                .contains("\"internet\" -> \"arn:aws:ec2:us-east-1:111122223333:instance/i-web\" [ label=\"tcp/443\"");
        assertThat(GraphExporter.graphMl().export(withInternet, inventory)).contains("<node id=\"internet\">");
        assertThat(GraphExporter.cytoscapeJson().export(withInternet, inventory)).contains("\"id\" : \"internet\"");
    }

    @Test
    void writesGraphMl()
    {
        assertThat(GraphExporter.graphMl().export(analysis, inventory)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <key id="key0" for="node" attr.name="name" attr.type="string"/>
                    <key id="key1" for="node" attr.name="type" attr.type="string"/>
                    <key id="key2" for="node" attr.name="wave" attr.type="int"/>
                    <key id="key3" for="node" attr.name="group" attr.type="string"/>
                    <key id="key4" for="edge" attr.name="kind" attr.type="string"/>
                    <key id="key5" for="edge" attr.name="port" attr.type="int"/>
                    <key id="key6" for="edge" attr.name="protocol" attr.type="string"/>
                    <key id="key7" for="edge" attr.name="flows" attr.type="long"/>
                    <key id="key8" for="edge" attr.name="bytes" attr.type="long"/>
                    <key id="key9" for="edge" attr.name="evidence" attr.type="string"/>
                    <key id="key10" for="node" attr.name="count" attr.type="int"/>
                    <graph edgedefault="directed">
                        <node id="arn:aws:ec2:us-east-1:111122223333:instance/i-app">
                            <data key="key0">app</data>
                            <data key="key1">AWS::EC2::Instance</data>
                            <data key="key2">1</data>
                        </node>
                        <node id="arn:aws:ec2:us-east-1:111122223333:instance/i-web">
                            <data key="key0">web</data>
                            <data key="key1">AWS::EC2::Instance</data>
                            <data key="key2">2</data>
                        </node>
                        <edge id="e1" source="arn:aws:ec2:us-east-1:111122223333:instance/i-app" target="arn:aws:ec2:us-east-1:111122223333:instance/i-web">
                            <data key="key4">ALLOWED</data>
                            <data key="key5">-1</data>
                            <data key="key6">-1</data>
                            <data key="key7">0</data>
                            <data key="key8">0</data>
                            <data key="key9">sg-"web" allows sg-app on all traffic</data>
                        </edge>
                        <edge id="e2" source="arn:aws:ec2:us-east-1:111122223333:instance/i-web" target="arn:aws:ec2:us-east-1:111122223333:instance/i-app">
                            <data key="key4">OBSERVED</data>
                            <data key="key5">8080</data>
                            <data key="key6">tcp</data>
                            <data key="key7">12</data>
                            <data key="key8">3400</data>
                            <data key="key9">observed tcp/8080, 12 flows, 3.4 kB</data>
                        </edge>
                    </graph>
                </graphml>
                """);
    }

    @Test
    void writesCytoscapeJson()
    {
        assertThat(GraphExporter.cytoscapeJson().export(analysis, inventory)).isEqualTo("""
                {
                  "elements" : {
                    "nodes" : [
                      {
                        "data" : {
                          "id" : "arn:aws:ec2:us-east-1:111122223333:instance/i-app",
                          "label" : "app",
                          "type" : "AWS::EC2::Instance",
                          "wave" : 1,
                          "group" : null,
                          "count" : null
                        }
                      },
                      {
                        "data" : {
                          "id" : "arn:aws:ec2:us-east-1:111122223333:instance/i-web",
                          "label" : "web",
                          "type" : "AWS::EC2::Instance",
                          "wave" : 2,
                          "group" : null,
                          "count" : null
                        }
                      }
                    ],
                    "edges" : [
                      {
                        "data" : {
                          "id" : "e1",
                          "source" : "arn:aws:ec2:us-east-1:111122223333:instance/i-app",
                          "target" : "arn:aws:ec2:us-east-1:111122223333:instance/i-web",
                          "kind" : "ALLOWED",
                          "port" : -1,
                          "protocol" : "-1",
                          "flows" : 0,
                          "bytes" : 0,
                          "evidence" : "sg-\\"web\\" allows sg-app on all traffic"
                        }
                      },
                      {
                        "data" : {
                          "id" : "e2",
                          "source" : "arn:aws:ec2:us-east-1:111122223333:instance/i-web",
                          "target" : "arn:aws:ec2:us-east-1:111122223333:instance/i-app",
                          "kind" : "OBSERVED",
                          "port" : 8080,
                          "protocol" : "tcp",
                          "flows" : 12,
                          "bytes" : 3400,
                          "evidence" : "observed tcp/8080, 12 flows, 3.4 kB"
                        }
                      }
                    ]
                  }
                }
                """);
    }
}
