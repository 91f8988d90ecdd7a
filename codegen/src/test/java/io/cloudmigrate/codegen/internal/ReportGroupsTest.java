package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportGroupsTest
{
    @Test
    void saysEachUnpricedItemOnceWithTheResourcesItIsMissingOn()
    {
        List<ReportModel.UnpricedRow> rows = ReportGroups.unpriced(List.of(
                new ReportGroups.Unpriced("fn-2", "Lambda requests (no invocation metrics)"),
                new ReportGroups.Unpriced("bucket", "S3 storage (size unknown)"),
                new ReportGroups.Unpriced("fn-1", "Lambda requests (no invocation metrics)")));

        assertThat(rows).containsExactly(
                new ReportModel.UnpricedRow("Lambda requests (no invocation metrics)", 2, "fn-1, fn-2"),
                new ReportModel.UnpricedRow("S3 storage (size unknown)", 1, "bucket"));
    }

    @Test
    void listsFewWarningsAsTheyAreAndCountsManyPerServiceAndCode()
    {
        List<ReportModel.WarningRow> few = List.of(new ReportModel.WarningRow("1", "eu-west-1", "ec2", "InvalidValue", 1, "i-1", "bad"));
        assertThat(ReportGroups.warnings(few)).isEqualTo(few);

        List<ReportModel.WarningRow> many = new ArrayList<>();
        for (int number = 0; number < ReportGroups.WARNINGS_LISTED; number++) {
            many.add(new ReportModel.WarningRow("1", "eu-west-1", "rds", "InvalidValue", 1, "db-" + number, "bad " + number));
        }
        many.add(new ReportModel.WarningRow("1", "eu-west-1", "ec2", "InvalidValue", 1, "i-1", "bad"));

        assertThat(ReportGroups.warnings(many)).containsExactly(
                new ReportModel.WarningRow("1", "eu-west-1", "ec2", "InvalidValue", 1, "i-1", "bad"),
                new ReportModel.WarningRow("1", "eu-west-1", "rds", "InvalidValue", ReportGroups.WARNINGS_LISTED, "db-0", "bad 0"));
    }
}
