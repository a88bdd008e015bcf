using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>Plays a <see cref="ConversationScenario"/> against the real bot and reports the first turn that fails.</summary>
public static class ScenarioRunner
{
    /// <summary>Each scenario played once per test run, whichever counter or printer asks first (see <see cref="PlayedOnce{TKey,TResult}"/>).</summary>
    private static readonly PlayedOnce<ConversationScenario, Played> Plays = new(PlayAsync);

    /// <summary>Runs the scenario named <paramref name="name"/> of <paramref name="table"/>; fails with its first failing turn.</summary>
    public static async Task AssertPassesAsync(IReadOnlyList<ConversationScenario> table, string name)
    {
        var failure = await FirstFailureAsync(table.Single(s => s.Name == name));
        Assert.True(failure is null, failure);
    }

    /// <summary>The scenarios' names as theory data (names, not scenarios, so each case shows by name in test lists).</summary>
    public static TheoryData<string> Names(IEnumerable<ConversationScenario> scenarios)
    {
        var data = new TheoryData<string>();
        foreach (var scenario in scenarios)
        {
            data.Add(scenario.Name);
        }

        return data;
    }

    /// <summary>
    /// How many of <paramref name="scenarios"/> pass every turn: the total each pass's measure prints. Dev sets pass
    /// <paramref name="onFailure"/> to print their misses; held-out sets do not, so theirs stay unseen.
    /// </summary>
    public static async Task<int> CountPassingAsync(IEnumerable<ConversationScenario> scenarios, Action<ConversationScenario, string>? onFailure = null)
    {
        var passed = 0;
        foreach (var scenario in scenarios)
        {
            if (await FirstFailureAsync(scenario) is { } failure)
            {
                onFailure?.Invoke(scenario, failure);
            }
            else
            {
                passed++;
            }
        }

        return passed;
    }

    /// <summary>The scenario's first failing turn (null when every turn passes and every card sent is valid).</summary>
    public static async Task<string?> FirstFailureAsync(ConversationScenario scenario)
    {
        var played = await Plays.ResultOf(scenario);
        if (played.Failures.Count > 0)
        {
            return played.Failures[0];
        }

        played.CardsChecked?.Throw();
        return null;
    }

    /// <summary>
    /// Every failing turn of the scenario, the conversation going on after each (a dev part's misses read by kind: a
    /// scenario's later turns may fail for a reason of their own, which its first failure hides).
    /// </summary>
    public static async Task<IReadOnlyList<string>> AllFailuresAsync(ConversationScenario scenario) => (await Plays.ResultOf(scenario)).Failures;

    /// <summary>
    /// One play of the scenario: every failing turn, the conversation played on past each, so its first failure and
    /// its count of failing turns come from the same play. The bot replies to a turn the same whether or not a later
    /// turn follows, so the first of these is the failure a play stopped at it would report. Cards are checked, as
    /// before, only when every turn passed.
    /// </summary>
    private static async Task<Played> PlayAsync(ConversationScenario scenario)
    {
        var failures = new List<string>();
        using var user = new GuideSession(scenario.Locale, scenario.ChannelId);
        for (var index = 0; index < scenario.Turns.Count; index++)
        {
            var turn = scenario.Turns[index];
            var reply = await user.SayAsync(turn.Say);
            if (Check(turn, reply.Text, reply.Replies.Select(BotReplies.VisibleText).ToList()) is { } problem)
            {
                failures.Add($"turn {index + 1} \"{turn.Say}\": {problem}\n--- the bot said ---\n{reply.Text}");
            }
        }

        if (failures.Count > 0)
        {
            return new Played(failures, null);
        }

        try
        {
            user.Cards.AssertAllValid();
            return new Played(failures, null);
        }
        catch (Exception invalid)
        {
            return new Played(failures, ExceptionDispatchInfo.Capture(invalid));
        }
    }

    private static string? Check(ScenarioTurn turn, string seen, IReadOnlyList<string> messages)
    {
        if (!turn.MissAllowed)
        {
            foreach (var miss in new[] { ScenarioPatterns.NotUnderstood, ScenarioPatterns.GaveUp })
            {
                if (Regex.IsMatch(seen, miss))
                {
                    return $"the bot did not take it (/{miss}/)";
                }
            }
        }

        foreach (var pattern in turn.Expect)
        {
            if (!Regex.IsMatch(seen, pattern))
            {
                return $"expected /{pattern}/";
            }
        }

        foreach (var pattern in turn.Forbid)
        {
            if (Regex.IsMatch(seen, pattern))
            {
                return $"must not show /{pattern}/";
            }
        }

        // "Once" counts messages: a card repeats its heading as the message's preview text, which is still one message.
        foreach (var pattern in turn.Once)
        {
            var count = messages.Count(message => Regex.IsMatch(message, pattern));
            if (count != 1)
            {
                return $"expected /{pattern}/ in exactly one message, saw it in {count}";
            }
        }

        return null;
    }

    /// <summary>What one play of a scenario showed: every failing turn, and the card check's failure when it failed.</summary>
    private sealed record Played(IReadOnlyList<string> Failures, ExceptionDispatchInfo? CardsChecked);
}
