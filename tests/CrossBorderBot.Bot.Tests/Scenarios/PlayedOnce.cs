using System.Collections.Concurrent;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// A process-wide memo of plays through the real bot: each key (a scenario, a prompt reply, an opening) is played once
/// per test run, and every counter and printer that reads it reads that one play, so a part measured as held-out
/// totals and printed as dev material costs one play, not four. A play that throws is rethrown to every reader, as
/// playing it again would. Sound because a play depends on nothing that ran before or beside it: each one builds its
/// own host (<see cref="TestUtilities.GuideSession"/>: a new service provider with its own in-memory storage) and the
/// bot's static state is read-only tables. Checked once when the memo came: two parts' 80 scenarios, 120 replies and
/// 32 openings played twice past it, one by one forward and then reversed two beside each other, gave the same text for
/// every failing turn and every reply (too slow to keep as a test: it is two more plays of everything it covers).
/// </summary>
internal sealed class PlayedOnce<TKey, TResult>(Func<TKey, Task<TResult>> play)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<Task<TResult>>> results = new();

    public Task<TResult> ResultOf(TKey key) => results.GetOrAdd(key, k => new Lazy<Task<TResult>>(() => play(k))).Value;
}
