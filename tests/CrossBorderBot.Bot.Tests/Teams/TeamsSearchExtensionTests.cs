using CrossBorderBot.Channels.Teams;
using CrossBorderBot.Language;
using CrossBorderBot.Tests.TestUtilities;
using Moq;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Teams;

/// <summary>The message extension's <c>searchKnowledge</c> command, through <c>/api/messages</c>.</summary>
public sealed class TeamsSearchExtensionTests : IDisposable
{
    private readonly TeamsFakeKnowledgeSearch _search = new();
    private readonly TeamsBotHost _host;

    public TeamsSearchExtensionTests()
    {
        _host = new TeamsBotHost { Search = _search };
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_query_returns_cards_the_user_can_insert_each_with_a_preview()
    {
        var result = await QueryAsync(TeamsPayloads.SearchQuery(Conversation(), "searchKnowledge", "vat", skip: 0, count: 5));

        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var attachments = (JArray)result["attachments"]!;
        Assert.Equal(5, attachments.Count);
        var first = attachments[0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)first["contentType"]);
        Assert.Equal("1.5", (string?)first["content"]!["version"]);
        Assert.Contains(first["content"]!["body"]!, block => (string?)block["text"] == "Entry 1 about vat");
        Assert.Contains(first["content"]!["body"]!, block => ((string?)block["text"])?.Contains("[EU VAT e-commerce rules](https://example.com/vat)", StringComparison.Ordinal) == true);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)first["preview"]!["contentType"]);
        Assert.Equal("Entry 1 about vat", (string?)first["preview"]!["content"]!["title"]);
    }

    [Fact]
    public async Task Pages_follow_the_query_options()
    {
        var result = await QueryAsync(TeamsPayloads.SearchQuery(Conversation(), "searchKnowledge", "customs", skip: 25, count: 25));

        Assert.Equal(5, ((JArray)result["attachments"]!).Count);
        Assert.Equal("Entry 26 about customs", (string?)result["attachments"]![0]!["preview"]!["content"]!["title"]);
        Assert.Contains(("customs", "en", 25, 25), _search.Calls);
    }

    [Fact]
    public async Task Opening_the_search_box_shows_the_default_list()
    {
        var result = await QueryAsync(TeamsPayloads.SearchQuery(Conversation(), "searchKnowledge", query: null, locale: "zh-CN"));

        Assert.Equal(25, ((JArray)result["attachments"]!).Count);
        var call = Assert.Single(_search.Calls);
        Assert.True(string.IsNullOrEmpty(call.Query));
        Assert.Equal("zh-CN", call.Language);
    }

    [Fact]
    public async Task A_query_without_matches_says_what_to_try()
    {
        var result = await QueryAsync(TeamsPayloads.SearchQuery(Conversation(), "searchKnowledge", "nothing-matches"));

        Assert.Equal("message", (string?)result["type"]);
        Assert.Contains("nothing-matches", (string?)result["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_answered_not_failed()
    {
        var result = await QueryAsync(TeamsPayloads.SearchQuery(Conversation(), "searchOrders", "vat"));

        Assert.Equal("message", (string?)result["type"]);
        Assert.Empty(_search.Calls);
    }

    [Fact]
    public async Task A_failing_knowledge_base_is_answered_with_a_message_not_a_failed_invoke()
    {
        var failing = new Mock<IKnowledgeSearchForTeams>();
        failing.Setup(s => s.SearchAsync(It.IsAny<string?>(), It.IsAny<BotLanguage>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("index unavailable"));
        using var host = new TeamsBotHost { Search = failing.Object };

        var (status, body) = await host.PostAsync(TeamsPayloads.SearchQuery(Conversation(), "searchKnowledge", "vat"));

        Assert.Equal(200, status);
        Assert.Equal("message", (string?)body!["composeExtension"]!["type"]);
        Assert.Equal(TeamsText.English.SearchFailed, (string?)body["composeExtension"]!["text"]);
    }

    private static string Conversation() => TeamsPayloads.NewConversationId("personal");

    private async Task<JObject> QueryAsync(JObject invoke)
    {
        var (status, body) = await _host.PostAsync(invoke);
        Assert.Equal(200, status);
        return (JObject)body!["composeExtension"]!;
    }
}
