using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Slack;

/// <summary>
/// A direct message is one conversation, threads included: a user who answers the bot's question in that question's
/// thread (Slack's "Reply in thread") gets the guide going on, answered in the thread they wrote in.
/// </summary>
public sealed class SlackDirectMessageThreadTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_answer_typed_in_the_thread_of_the_question_answers_it_in_that_thread()
    {
        var chat = new SlackChat(_host);
        var started = await chat.SayAsync("ship 2kg of shoes to Germany");
        var question = started[^1];
        Assert.StartsWith("What are the parcel's outer dimensions", question.Text);

        var answered = await chat.SendAsync(() => _host.SendEventAsync(SlackPayloads.Envelope(
            SlackPayloads.DirectMessage("30x20x10 cm", "1700002001.000100", threadTs: question.Ts))));

        // The guide took the size and asks the next question: not a new conversation that greets with the menu.
        var next = Assert.Single(answered);
        Assert.StartsWith("What is the declared value", next.Text);
        Assert.Equal(question.Ts, next.ThreadTs);
        Assert.Equal(SlackPayloads.DirectChannel, next.Channel);

        // Back at the top level of the direct message, the same guide goes on, answered at the top level.
        var valued = await chat.SayAsync("$30");
        Assert.Equal("How fast must it arrive?", Assert.Single(valued).Text);
        Assert.Null(valued[0].ThreadTs);
    }

    [Fact]
    public async Task A_click_on_a_question_in_a_direct_message_thread_answers_it_in_that_thread()
    {
        var chat = new SlackChat(_host);
        var started = await chat.SayAsync("ship 2kg of shoes to Germany");
        var inThread = await chat.SendAsync(() => _host.SendEventAsync(SlackPayloads.Envelope(
            SlackPayloads.DirectMessage("30x20x10 cm, $30", "1700002002.000100", threadTs: started[^1].Ts))));
        Assert.Equal("How fast must it arrive?", inThread[^1].Text);
        Assert.All(inThread, post => Assert.Equal(started[^1].Ts, post.ThreadTs));

        var clicked = await chat.ClickAsync("Standard");

        Assert.Equal("chat.update", clicked[0].Method);
        var next = Assert.Single(clicked.Skip(1));
        Assert.Equal("Do you need full end-to-end tracking?", next.Text);
        Assert.Equal(started[^1].Ts, next.ThreadTs);
    }
}
