package io.cloudmigrate.recommend;

/**
 * Costs of a set of resources, rolled up with each resource's recommended strategy.
 *
 * @param monthlyBeforeUsd today's run-rate
 * @param monthlyAfterUsd the run-rate after every resource moves with its recommended strategy; a
 *         resource whose strategy is not priced counts at today's run-rate
 * @param oneOffUsd the one-off cost of the moves
 * @param trafficMonthlyUsd the monthly cost of the traffic the resources exchange today
 * @param unpriced resources with a recommendation whose strategy has no price
 */
public record CostSummary(double monthlyBeforeUsd, double monthlyAfterUsd, double oneOffUsd, double trafficMonthlyUsd, int unpriced) {}
