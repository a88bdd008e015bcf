using CrossBorderBot.Conversation;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Teams;

/// <summary>Installing the app greets the conversation once, whichever of Teams' install events arrive.</summary>
public sealed class TeamsWelcomeTests : IClassFixture<TeamsBotHost>
{
    private readonly TeamsBotHost _host;

    public TeamsWelcomeTests(TeamsBotHost host)
    {
        _host = host;
    }

    [Theory]
    [InlineData("personal", true)]
    [InlineData("personal", false)]
    [InlineData("groupChat", true)]
    [InlineData("channel", false)]
    public async Task Install_sends_one_welcome_even_when_both_install_events_arrive(string conversationType, bool installationUpdateFirst)
    {
        var conversation = TeamsPayloads.NewConversationId(conversationType);
        var installed = TeamsPayloads.Installed(conversation, conversationType);
        var botAdded = TeamsPayloads.BotAdded(conversation, conversationType);

        foreach (var activity in installationUpdateFirst ? new[] { installed, botAdded } : [botAdded, installed])
        {
            var (status, _) = await _host.PostAsync(activity);
            Assert.Equal(200, status);
        }

        var sent = SentTo(conversation);
        Assert.Single(sent, s => s.Text == BotText.English.Welcome);

        // The menu follows the welcome, once.
        Assert.Single(sent, s => s.Card is not null);
    }

    [Fact]
    public async Task Both_install_events_at_the_same_moment_still_welcome_once()
    {
        var conversation = TeamsPayloads.NewConversationId("personal");

        await Task.WhenAll(
            _host.PostAsync(TeamsPayloads.Installed(conversation, "personal")),
            _host.PostAsync(TeamsPayloads.BotAdded(conversation, "personal")));

        Assert.Single(SentTo(conversation), s => s.Text == BotText.English.Welcome);
    }

    [Fact]
    public async Task A_colleague_joining_the_team_is_not_greeted_and_not_looked_up()
    {
        var conversation = TeamsPayloads.NewConversationId("channel");
        var othersBefore = _host.Connector.OtherRequests.Count;

        var (status, _) = await _host.PostAsync(TeamsPayloads.MembersAdded(conversation, "channel", "29:1newColleague"));

        Assert.Equal(200, status);
        Assert.Empty(SentTo(conversation));
        Assert.Equal(othersBefore, _host.Connector.OtherRequests.Count);
    }

    private List<TeamsSentActivity> SentTo(string conversationId) =>
        [.. _host.Connector.Sent.Where(s => s.Path.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal) || (string?)s.Activity["conversation"]?["id"] == conversationId)];
}
