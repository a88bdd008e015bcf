using System.Net;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Slack;

/// <summary><c>/crossborder</c>: an immediate private acknowledgement, then the conversation.</summary>
public sealed class SlackSlashCommandTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("help")]
    [InlineData("")]
    public async Task Help_lists_the_subcommands_privately_and_posts_nothing(string text)
    {
        var (status, answer) = await CommandAsync(text, SlackPayloads.DirectChannel);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ephemeral", answer.Value<string>("response_type"));
        foreach (var subcommand in new[] { "readiness", "platform", "logistics", "fix", "ask <question>", "help" })
        {
            Assert.Contains("/crossborder " + subcommand, answer.Value<string>("text"));
        }

        Assert.Empty(_host.Api.Calls);
    }

    [Fact]
    public async Task A_subcommand_in_a_direct_message_is_acknowledged_privately_then_answered_in_the_direct_message()
    {
        var (status, answer) = await CommandAsync("platform", SlackPayloads.DirectChannel);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ephemeral", answer.Value<string>("response_type"));
        Assert.Contains("platform", answer.Value<string>("text"));

        var posts = _host.Api.Calls.Where(call => call.Method == "chat.postMessage").ToList();
        Assert.NotEmpty(posts);
        Assert.All(posts, post => Assert.Equal(SlackPayloads.DirectChannel, post.Channel));
        Assert.All(posts, post => Assert.Null(post.ThreadTs));

        // The subcommand started the platform guide, not a question or the menu prompt.
        Assert.Contains("Let's find the platforms that fit your business", posts[0].Text);
    }

    [Fact]
    public async Task A_subcommand_in_a_channel_opens_a_thread_that_holds_the_conversation()
    {
        var (status, _) = await CommandAsync("logistics", SlackPayloads.PublicChannel);

        Assert.Equal(HttpStatusCode.OK, status);
        var posts = _host.Api.Calls.Where(call => call.Method == "chat.postMessage").ToList();
        var opening = posts[0];
        Assert.Equal(SlackPayloads.PublicChannel, opening.Channel);
        Assert.Null(opening.ThreadTs);
        Assert.Contains($"<@{SlackPayloads.UserId}>", opening.Text);
        Assert.True(posts.Count > 1);
        Assert.All(posts.Skip(1), post => Assert.Equal(opening.Ts, post.ThreadTs));
    }

    [Fact]
    public async Task Ask_puts_the_question_to_the_bot_and_the_sourced_answer_appears_in_the_thread()
    {
        var (status, answer) = await CommandAsync("ask What is IOSS?", SlackPayloads.PublicChannel);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ephemeral", answer.Value<string>("response_type"));
        var posts = _host.Api.Calls.Where(call => call.Method == "chat.postMessage").ToList();
        Assert.Contains("ask What is IOSS?", posts[0].Text);
        Assert.Contains(posts.Skip(1), post => post.ThreadTs == posts[0].Ts && post.Body.ToString().Contains("IOSS", StringComparison.Ordinal) && post.Body.ToString().Contains("Sources", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slacks_certificate_check_of_the_command_url_gets_a_200_and_runs_nothing()
    {
        using var response = await _host.SendCommandAsync("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO");
        await _host.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Api.Calls);
    }

    private async Task<(HttpStatusCode Status, JObject Answer)> CommandAsync(string text, string channel)
    {
        using var response = await _host.SendCommandAsync(SlackPayloads.SlashCommand(text, channel));
        var body = await response.Content.ReadAsStringAsync();
        await _host.WhenIdleAsync();
        return (response.StatusCode, JObject.Parse(body));
    }
}
