using System.Globalization;

namespace CrossBorderBot.Tests.Fuzz;

/// <summary>
/// How one fuzz suite runs: its seed, how many cases, how many at a time, and how long one case may take before it
/// counts as a hang. The environment can replay or widen a run without editing the suite:
/// <c>CBB_FUZZ_ONLY=&lt;case&gt;</c> re-runs one case alone, <c>CBB_FUZZ_CASES=&lt;n&gt;</c> sets the number of cases,
/// <c>CBB_FUZZ_SEED=&lt;n&gt;</c> replaces the suite's seed (other inputs), and <c>CBB_FUZZ_ORDER=&lt;n&gt;</c> runs the
/// cases in a shuffled order (the same inputs meeting the host's state in another order).
/// </summary>
public sealed record FuzzPlan(string Suite, int Seed, int Cases, int Parallel, TimeSpan CaseTimeout, int? OnlyCase, int? OrderSeed)
{
    public static FuzzPlan For(string suite, int seed, int cases, int parallel, TimeSpan? caseTimeout = null)
    {
        var only = Number("CBB_FUZZ_ONLY");
        return new FuzzPlan(
            suite,
            Number("CBB_FUZZ_SEED") ?? seed,
            Number("CBB_FUZZ_CASES") ?? cases,
            only is null ? parallel : 1,
            caseTimeout ?? TimeSpan.FromSeconds(30),
            only,
            Number("CBB_FUZZ_ORDER"));
    }

    /// <summary>The case numbers in the order they are started.</summary>
    public IReadOnlyList<int> Order()
    {
        if (OnlyCase is { } only)
        {
            return [only];
        }

        var order = Enumerable.Range(0, Cases).ToArray();
        if (OrderSeed is { } orderSeed)
        {
            new Random(orderSeed).Shuffle(order);
        }

        return order;
    }

    /// <summary>The inputs of one case: the same case number always gives the same inputs under one seed.</summary>
    public FuzzInputs InputsFor(int index) => new(Seed + index);

    /// <summary>How to replay one case of this run.</summary>
    public string ReplayHint(int index)
        => string.Create(CultureInfo.InvariantCulture, $"replay: CBB_FUZZ_SEED={Seed} CBB_FUZZ_ONLY={index} (suite {Suite})");

    private static int? Number(string variable)
        => int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
