package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The members of a runbook that one step moves together ({@link Ec2Batch}), for the overview: one row
 * for the batch, pointing at its step, whose table has a row per instance. A row per instance in the
 * overview as well said the same thing twice, and at 1,000 instances took a tenth of the runbook.
 *
 * @param step the step's number in the runbook, from 1
 */
record BatchedMembers(int step, RunbookModel.Steps steps, List<String> resourceIds)
{
    BatchedMembers
    {
        requireNonNull(steps, "steps is null");
        resourceIds = List.copyOf(resourceIds);
    }

    /** The overview's rows: a member's own, or its batch's at the place of the batch's first member. */
    static List<RunbookModel.Member> overview(List<Resource> members, List<BatchedMembers> batches, Function<Resource, RunbookModel.Member> member)
    {
        // looked up by id, never iterated
        Map<String, BatchedMembers> batchOf = new HashMap<>();
        batches.forEach(batch -> batch.resourceIds().forEach(id -> batchOf.put(id, batch)));
        List<RunbookModel.Member> rows = new ArrayList<>();
        for (Resource resource : members) {
            BatchedMembers batch = batchOf.get(resource.id());
            if (batch == null) {
                rows.add(member.apply(resource));
            }
            else if (batch.resourceIds().getFirst().equals(resource.id())) {
                RunbookModel.Member first = member.apply(resource);
                Set<String> inBatch = new HashSet<>(batch.resourceIds());
                List<RunbookModel.Member> batchRows = members.stream().filter(other -> inBatch.contains(other.id())).map(member).toList();
                String moveGroups = String.join(", ", batchRows.stream().map(RunbookModel.Member::moveGroup).filter(group -> !group.equals("-")).distinct().sorted().toList());
                String codes = String.join("; ", batchRows.stream().map(RunbookModel.Member::code).distinct().sorted().toList());
                rows.add(new RunbookModel.Member(batch.steps().name() + " (step " + batch.step() + ")", first.type(), first.location(),
                        batch.steps().strategy(), batch.steps().target(), batch.steps().risk(), moveGroups.isEmpty() ? "-" : moveGroups, codes));
            }
        }
        return List.copyOf(rows);
    }
}
