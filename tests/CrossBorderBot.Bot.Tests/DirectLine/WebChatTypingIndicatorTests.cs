using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.DirectLine;

/// <summary>
/// The embedded Web Chat (our own Direct Line) shows "typing…" while a reply is built: the typing activity is in the
/// conversation's log between the user's message and the bot's reply, where Web Chat's poll finds it.
/// </summary>
public sealed class WebChatTypingIndicatorTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();
    private readonly DirectLineTestClient _client;

    public WebChatTypingIndicatorTests() => _client = _host.CreateDirectLineClient();

    [Fact]
    public async Task A_message_is_followed_by_typing_and_then_the_reply()
    {
        var session = await _client.StartAsync(DirectLineTestHost.Secret, userId: "dl_typing");
        var welcome = await _client.PollAsync(session.ConversationId, session.Token);
        Assert.DoesNotContain(welcome.Activities, a => a["type"]!.GetValue<string>() == "typing");

        var posted = await _client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("I want to ship a parcel", "dl_typing"));

        var next = await _client.PollAsync(session.ConversationId, session.Token, welcome.Watermark);
        Assert.Equal(posted, next.Activities[0]["id"]!.GetValue<string>());
        Assert.Equal("typing", next.Activities[1]["type"]!.GetValue<string>());
        Assert.Equal("bot", next.Activities[1]["from"]!["role"]!.GetValue<string>());
        Assert.Contains(next.Activities.Skip(2), a => a["type"]!.GetValue<string>() == "message");
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
