using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Teams;

/// <summary>Teams shows "typing…" from the moment a user's message arrives until the reply does.</summary>
public sealed class TeamsTypingIndicatorTests : IClassFixture<TeamsBotHost>
{
    private readonly TeamsBotHost _host;

    public TeamsTypingIndicatorTests(TeamsBotHost host) => _host = host;

    [Theory]
    [InlineData("personal", "I want to ship a parcel")]
    [InlineData("personal", "我想选平台")]
    public async Task A_message_gets_a_typing_indicator_before_its_first_reply(string conversationType, string text)
    {
        var conversation = TeamsPayloads.NewConversationId(conversationType);

        var (status, _) = await _host.PostAsync(TeamsPayloads.Message(conversation, conversationType, text));

        Assert.Equal(200, status);
        var sent = _host.Connector.Sent.Where(s => (string?)s.Activity["conversation"]?["id"] == conversation).ToList();
        Assert.Equal("typing", (string?)sent[0].Activity["type"]);
        Assert.Contains(sent.Skip(1), s => (string?)s.Activity["type"] == "message");
    }

    [Fact]
    public async Task An_install_event_shows_no_typing()
    {
        var conversation = TeamsPayloads.NewConversationId("personal");

        await _host.PostAsync(TeamsPayloads.Installed(conversation, "personal"));

        Assert.DoesNotContain(_host.Connector.Sent, s => (string?)s.Activity["conversation"]?["id"] == conversation && (string?)s.Activity["type"] == "typing");
    }
}
