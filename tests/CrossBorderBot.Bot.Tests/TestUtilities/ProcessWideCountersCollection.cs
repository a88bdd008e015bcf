namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// Tests that compare a process-wide counter before and after their own turns (such as
/// <c>DialogValueConverter.JsonNetFallbacks</c>) run alone: a test of another class running at the same time would
/// bump the counter and fail them for a turn that was not theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCountersCollection
{
    public const string Name = "process-wide counters";
}
