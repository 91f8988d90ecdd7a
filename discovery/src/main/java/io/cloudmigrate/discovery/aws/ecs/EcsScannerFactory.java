package io.cloudmigrate.discovery.aws.ecs;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** ECS clusters, services and tasks (tasks resolve the owners of awsvpc network interfaces). */
public final class EcsScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "ecs";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new EcsScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("ecs:DescribeClusters", "ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:DescribeTasks", "ecs:ListClusters", "ecs:ListServices", "ecs:ListTasks");
    }
}
