using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>Plays a <see cref="ConversationGoal"/>: answers whatever the bot asks from the seller's answers until the goal shows.</summary>
public static class GoalRunner
{
    public static async Task<string?> FirstFailureAsync(ConversationGoal goal)
    {
        using var user = new GuideSession(goal.Locale);
        var transcript = new List<string>();
        var say = goal.Opening;
        for (var turn = 1; turn <= goal.MaxTurns; turn++)
        {
            var reply = await user.SayAsync(say);
            transcript.Add($"> {say}\n{reply.Text}");
            if (Regex.IsMatch(reply.Text, goal.Success))
            {
                return null;
            }

            if (Regex.IsMatch(reply.Text, ScenarioPatterns.GaveUp))
            {
                return Failure("the bot gave up on the guide", transcript);
            }

            var answer = goal.Answers.FirstOrDefault(a => Regex.IsMatch(reply.Question, a.Question)).Answer;
            if (answer is null)
            {
                return Failure("the bot asked something this seller has no answer for", transcript);
            }

            say = answer;
        }

        return Failure($"no result after {goal.MaxTurns} turns", transcript);
    }

    private static string Failure(string why, List<string> transcript) => why + "\n--- transcript ---\n" + string.Join("\n", transcript);
}
