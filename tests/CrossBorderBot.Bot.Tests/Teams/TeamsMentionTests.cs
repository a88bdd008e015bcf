using CrossBorderBot.Conversation;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Teams;

/// <summary>In group chats and channels the bot speaks only when @mentioned; in a personal chat it always answers.</summary>
public sealed class TeamsMentionTests : IClassFixture<TeamsBotHost>
{
    private readonly TeamsBotHost _host;

    public TeamsMentionTests(TeamsBotHost host)
    {
        _host = host;
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Stays_silent_when_people_talk_among_themselves(string conversationType)
    {
        var conversation = TeamsPayloads.NewConversationId(conversationType);

        var replies = await RepliesAsync(TeamsPayloads.Message(conversation, conversationType, "help").ExpectReplies());

        Assert.Empty(replies);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Answers_when_mentioned_and_reads_the_text_without_the_mention(string conversationType)
    {
        var conversation = TeamsPayloads.NewConversationId(conversationType);

        var replies = await RepliesAsync(TeamsPayloads.Message(conversation, conversationType, "help", mentionBot: true).ExpectReplies());

        // "help" was understood as help: the mention did not become part of the question.
        Assert.Contains(replies, reply => (string?)reply["text"] == BotText.English.Help);
        Assert.All(replies, reply => Assert.Equal(conversation, (string?)reply["conversation"]?["id"]));
    }

    [Fact]
    public async Task Always_answers_in_a_personal_chat()
    {
        var conversation = TeamsPayloads.NewConversationId("personal");

        var replies = await RepliesAsync(TeamsPayloads.Message(conversation, "personal", "help").ExpectReplies());

        Assert.Contains(replies, reply => (string?)reply["text"] == BotText.English.Help);
    }

    [Fact]
    public async Task A_mention_of_someone_else_is_not_a_mention_of_the_bot()
    {
        var conversation = TeamsPayloads.NewConversationId("channel");
        var message = TeamsPayloads.Message(conversation, "channel", "<at>Zhang Min</at> can you check the help page?");
        ((JArray)message["entities"]!).Insert(0, new JObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JObject { ["id"] = "29:1someoneElse", ["name"] = "Zhang Min" },
            ["text"] = "<at>Zhang Min</at>",
        });

        var replies = await RepliesAsync(message.ExpectReplies());

        Assert.Empty(replies);
    }

    [Fact]
    public async Task A_click_on_the_bots_card_in_a_channel_needs_no_mention()
    {
        var conversation = TeamsPayloads.NewConversationId("channel");
        var data = new JObject { ["verb"] = "choose", ["value"] = "choose_platform" };

        var replies = await RepliesAsync(TeamsPayloads.Submit(conversation, "channel", data, cardId: null).ExpectReplies());

        Assert.NotEmpty(replies);
    }

    private async Task<IReadOnlyList<JObject>> RepliesAsync(JObject activity)
    {
        var (status, body) = await _host.PostAsync(activity);
        Assert.Equal(200, status);
        return [.. ((JArray?)body?["activities"] ?? []).OfType<JObject>()];
    }
}
