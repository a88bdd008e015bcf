using System.Text.Json.Nodes;
using CrossBorderBot.Tests.Storage;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>Killing the bot with SIGKILL in the middle of a question loses nothing with the default SQLite state.</summary>
public sealed class ProcessRestartTests : IDisposable
{
    private readonly StorageTempDatabase _database = new();

    [Fact]
    public async Task After_kill_9_in_the_middle_of_a_prompt_the_bot_resumes_at_the_same_prompt()
    {
        var settings = new Dictionary<string, string> { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = _database.Path };

        await using (var first = await BotProcess.StartAsync(settings))
        {
            using var client = first.CreateClient();
            await Post(client, "hi");
            var question = await Post(client, "5");
            Assert.Contains("What would you like to know?", Texts(question));
            await first.KillHardAsync();
        }

        await using var second = await BotProcess.StartAsync(settings);
        using var secondClient = second.CreateClient();
        var answer = await Post(secondClient, "Do I need IOSS for orders under 150 euros?");

        // The question prompt took the message as its answer: a sourced answer and the follow-up question.
        Assert.Contains("Do you have another question?", Texts(answer));
        Assert.DoesNotContain("What would you like to do?", Texts(answer));
    }

    public void Dispose() => _database.Dispose();

    private static Task<JsonArray> Post(HttpClient client, string text) =>
        BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message(text, "c-restart", channelId: "webchat"));

    private static string Texts(JsonArray replies) => string.Join("\n", replies.Select(reply => reply!.ToJsonString()));
}
