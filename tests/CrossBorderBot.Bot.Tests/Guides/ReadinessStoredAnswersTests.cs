using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The readiness guide keeps its answers as a typed record now; a conversation saved by the bot before that, with the
/// answers as a plain dictionary (<c>{"question-id":"answer"}</c>), must resume in the middle of the guide with its
/// answers kept — not lose them or ask them again — and is saved in the new shape from then on.
/// </summary>
public sealed class ReadinessStoredAnswersTests
{
    /// <summary>The same 16 answers as the readiness guide's English test: 52/100, "Getting ready".</summary>
    private static readonly string[] Answers = ["2", "2", "3", "no", "yes", "20", "2", "2", "15000", "2", "2", "1", "2", "no", "2", "2"];

    [Fact]
    public async Task A_conversation_saved_with_the_old_dictionary_shape_resumes_with_its_answers_and_the_same_result()
    {
        using var user = new GuideSession();
        await user.SayAsync("check my readiness");
        foreach (var answer in Answers.Take(8))
        {
            await user.SayAsync(answer);
        }

        var key = $"{user.Adapter.Conversation.ChannelId}/conversations/{user.Adapter.Conversation.Conversation.Id}";
        var stored = await ReadAsync(user, key);
        var typed = AnswerObjects(stored).Where(answers => answers["ByQuestion"] is JObject).ToList();
        Assert.Equal(8, typed.Max(answers => ((JObject)answers["ByQuestion"]!).Count));

        // What an earlier version of the bot saved (the current answers and those kept for "back"): the same answers, as flat dictionaries.
        foreach (var answers in typed)
        {
            answers.Replace(answers["ByQuestion"]!.DeepClone());
        }

        await user.Host.Storage.WriteAsync(new Dictionary<string, object> { [key] = stored });
        Assert.DoesNotContain(AnswerObjects(await ReadAsync(user, key)), answers => answers["ByQuestion"] is not null);

        var next = await user.SayAsync(Answers[8]);
        Assert.Contains("(10/16)", next.Question);
        Assert.Contains(AnswerObjects(await ReadAsync(user, key)), answers => answers["ByQuestion"] is JObject { Count: 9 });

        GuideTurn result = next;
        foreach (var answer in Answers.Skip(9))
        {
            result = await user.SayAsync(answer);
        }

        Assert.Contains("Readiness: Getting ready — 52/100", result.Text);
        var plan = await user.ClickAsync("Send me the plan");
        Assert.Contains("15,000 CNY", plan.Text);
    }

    private static async Task<JObject> ReadAsync(GuideSession user, string key)
    {
        var items = await user.Host.Storage.ReadAsync([key]);
        return JObject.FromObject(items[key]);
    }

    /// <summary>Every "answers" object kept in the dialog stack's waterfall values (the current ones and those kept for "back").</summary>
    private static List<JObject> AnswerObjects(JObject state) =>
        [.. state.Descendants().OfType<JProperty>().Where(p => p.Name == "answers" && p.Value is JObject).Select(p => (JObject)p.Value)];
}
