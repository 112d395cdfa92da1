using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Normalisation;

namespace Assessment.Scoring.Engine.Tests.Normalisation;

public sealed class NormaliserTests
{
    private static double[] Run(NormalisationMethod method, double[] values, bool lower = false,
        double goalMin = double.NaN, double goalMax = double.NaN, double target = double.NaN, double baseline = double.NaN, double floor = 0)
    {
        var output = new double[values.Length];
        Normaliser.Normalise(new Normaliser.Parameters(method, lower, goalMin, goalMax, target, baseline, floor), values, output,
            new double[values.Length], new int[values.Length]);
        return output;
    }

    private static void Equal(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                Assert.True(double.IsNaN(actual[i]), $"value {i}: expected missing, got {actual[i]}");
            }
            else
            {
                Assert.Equal(expected[i], actual[i], 12);
            }
        }
    }

    [Fact]
    public void Minmax_maps_the_worst_body_to_0_and_the_best_to_1() =>
        Equal([0, 0.25, 1], Run(NormalisationMethod.MinMax, [2, 4, 10]));

    [Fact]
    public void Minmax_reverses_for_lower_is_better() =>
        Equal([1, 0.75, 0], Run(NormalisationMethod.MinMax, [2, 4, 10], lower: true));

    [Fact]
    public void Minmax_floor_lifts_the_worst_body_above_zero() =>
        // floor + (1 - floor) * unit: 0.1 + 0.9 * 0.25 = 0.325
        Equal([0.1, 0.325, 1], Run(NormalisationMethod.MinMax, [2, 4, 10], floor: 0.1));

    [Fact]
    public void Minmax_ignores_missing_values_and_keeps_them_missing() =>
        Equal([0, double.NaN, 1], Run(NormalisationMethod.MinMax, [2, double.NaN, 10]));

    [Fact]
    public void Minmax_of_a_column_without_spread_scores_everyone_one_half() =>
        Equal([0.5, 0.5], Run(NormalisationMethod.MinMax, [3, 3]));

    [Fact]
    public void Goalposts_clip_values_outside_the_range() =>
        // (52.5 - 20) / (85 - 20) = 0.5; 10 and 90 lie outside and clip to 0 and 1.
        Equal([0, 0.5, 1], Run(NormalisationMethod.Goalposts, [10, 52.5, 90], goalMin: 20, goalMax: 85));

    [Fact]
    public void Goalposts_reverse_for_lower_is_better() =>
        Equal([1, 0.75, 0], Run(NormalisationMethod.Goalposts, [0, 5, 25], lower: true, goalMin: 0, goalMax: 20));

    [Fact]
    public void Zscore_uses_the_population_standard_deviation() =>
        // mean 2, sd sqrt(2/3) = 0.816497: (1 - 2) / 0.816497 = -1.224745
        Equal([-1.224744871391589, 0, 1.224744871391589], Run(NormalisationMethod.ZScore, [1, 2, 3]));

    [Fact]
    public void Target_attainment_is_capped_at_one() =>
        Equal([0.5, 1, 1], Run(NormalisationMethod.Target, [50, 100, 120], target: 100));

    [Fact]
    public void Target_for_lower_is_better_is_target_over_value() =>
        Equal([1, 0.5], Run(NormalisationMethod.Target, [5, 20], lower: true, target: 10));

    [Fact]
    public void Target_with_a_baseline_measures_distance_from_baseline_to_target() =>
        // (75 - 50) / (100 - 50) = 0.5; below the baseline 0, beyond the target 1.
        Equal([0, 0.5, 1], Run(NormalisationMethod.Target, [40, 75, 110], target: 100, baseline: 50));

    [Fact]
    public void Rank_normalisation_uses_competition_ranks_with_ties_sharing_the_best_rank() =>
        // ranks 4, 2, 2, 1 -> (n - r) / (n - 1) = 0, 2/3, 2/3, 1
        Equal([0, 2.0 / 3, 2.0 / 3, 1], Run(NormalisationMethod.Rank, [10, 20, 20, 30]));

    [Fact]
    public void Percentile_rank_counts_worse_values_and_half_the_ties() =>
        // 10: (0 + 0.5)/4; 20: (1 + 0.5*2)/4; 30: (3 + 0.5)/4
        Equal([0.125, 0.5, 0.5, 0.875], Run(NormalisationMethod.PercentileRank, [10, 20, 20, 30]));

    [Fact]
    public void Percentile_rank_reverses_for_lower_is_better() =>
        Equal([0.875, 0.5, 0.5, 0.125], Run(NormalisationMethod.PercentileRank, [10, 20, 20, 30], lower: true));

    [Fact]
    public void Transforms_map_values_and_reject_values_outside_their_domain()
    {
        Assert.Equal(Math.Log(100), ValueTransform.Apply(Transform.Ln, 100), 12);
        Assert.Equal(2, ValueTransform.Apply(Transform.Log10, 100), 12);
        Assert.Equal(10, ValueTransform.Apply(Transform.Sqrt, 100), 12);
        Assert.True(double.IsNaN(ValueTransform.Apply(Transform.Ln, 0)));
        Assert.True(double.IsNaN(ValueTransform.Apply(Transform.Sqrt, -1)));
    }
}
