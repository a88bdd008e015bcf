using CrossBorderBot.Alerts;
using CrossBorderBot.Answers;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Teams;

/// <summary>
/// Buttons other than a question's choices clicked as <c>Action.Execute</c> (an <c>adaptiveCard/action</c> invoke, as
/// Teams sends it with Universal Actions): the turn runs exactly as for the same button's <c>Action.Submit</c>, its
/// replies go to the chat, and the invoke gets a 200 answer Teams can show.
/// </summary>
public sealed class TeamsUniversalActionTests : IClassFixture<TeamsBotHost>
{
    private readonly TeamsBotHost _host;

    public TeamsUniversalActionTests(TeamsBotHost host)
    {
        _host = host;
    }

    [Fact]
    public async Task The_alert_me_button_as_Execute_subscribes_and_answers_the_invoke()
    {
        var conversation = TeamsPayloads.NewConversationId("personal");
        var data = new JObject { [AlertVerbs.MarketsKey] = "de", [AlertVerbs.LanguageKey] = "en" };

        var (status, body, sent) = await PostAsync(TeamsPayloads.Execute(conversation, "personal", AlertVerbs.Verb(AlertCommandKind.Subscribe), data, cardId: null));

        Assert.Equal(200, status);
        Assert.Equal(200, (int?)body?["statusCode"]);
        Assert.Equal(CardActionInvoke.MessageResponseType, (string?)body?["type"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body?["value"]));
        Assert.Contains(sent, s => ((string?)s.Card?["body"]?[0]?["text"])?.StartsWith("Done. I will tell you in this conversation when the rules for", StringComparison.Ordinal) == true);

        // The subscription is real: listing it afterwards names the market.
        var (_, _, listed) = await PostAsync(TeamsPayloads.Message(conversation, "personal", "my alerts"));
        Assert.Contains(listed, s => ((string?)s.Card?["body"]?[0]?["text"] ?? s.Text)?.StartsWith("In this conversation you get rule-change alerts for:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_alert_buttons_as_Execute_answer_like_their_submits_in_Chinese_too()
    {
        var viaSubmit = TeamsPayloads.NewConversationId("personal");
        var viaExecute = TeamsPayloads.NewConversationId("personal");
        var data = new JObject { [AlertVerbs.LanguageKey] = "zh" };

        var (_, _, submitted) = await PostAsync(TeamsPayloads.Submit(viaSubmit, "personal", WithVerb(AlertVerbs.Verb(AlertCommandKind.List), data), cardId: null, locale: "zh-CN"));
        var (status, body, executed) = await PostAsync(TeamsPayloads.Execute(viaExecute, "personal", AlertVerbs.Verb(AlertCommandKind.List), data, cardId: null, locale: "zh-CN"));

        Assert.Equal(200, status);
        Assert.Equal("好的，回复已发到对话中。", (string?)body?["value"]);
        Assert.Equal(Texts(submitted), Texts(executed));
        Assert.Contains(AlertText.Chinese.ListNone, Texts(executed));
    }

    [Fact]
    public async Task A_conversation_button_as_Execute_runs_the_same_turn_as_its_submit()
    {
        // "More" of a knowledge answer is answered by the router: the same data clicked either way gives the same replies.
        var data = new JObject { [AnswerReply.QuestionKey] = "What is IOSS?", [AnswerReply.LanguageKey] = "en" };
        var viaSubmit = TeamsPayloads.NewConversationId("personal");
        var viaExecute = TeamsPayloads.NewConversationId("personal");

        var (_, _, submitted) = await PostAsync(TeamsPayloads.Submit(viaSubmit, "personal", WithVerb(AnswerReply.MoreVerb, data), cardId: null));
        var (status, body, executed) = await PostAsync(TeamsPayloads.Execute(viaExecute, "personal", AnswerReply.MoreVerb, data, cardId: null));

        Assert.Equal(200, status);
        Assert.Equal(CardActionInvoke.MessageResponseType, (string?)body?["type"]);
        Assert.NotEmpty(executed);
        Assert.Equal(Texts(submitted), Texts(executed));
    }

    /// <summary>The data an <c>Action.Submit</c> of the same button sends: the verb and the button's data.</summary>
    private static JObject WithVerb(string verb, JObject data)
    {
        var submit = (JObject)data.DeepClone();
        submit.AddFirst(new JProperty("verb", verb));
        return submit;
    }

    /// <summary>The texts of the messages sent (a submit is a message and shows typing first; an invoke's card has its own spinner).</summary>
    private static List<string> Texts(IEnumerable<TeamsSentActivity> sent) =>
        [.. sent.Where(s => (string?)s.Activity["type"] == "message").Select(s => s.Text ?? string.Join('\n', s.Card?["body"]?.Select(block => (string?)block["text"] ?? string.Empty) ?? []))];

    private async Task<(int Status, JToken? Body, List<TeamsSentActivity> Sent)> PostAsync(JObject activity)
    {
        var conversation = (string)activity["conversation"]!["id"]!;
        var before = _host.Connector.Sent.Select(s => s.Id).ToHashSet();
        var (status, body) = await _host.PostAsync(activity);
        return (status, body, [.. _host.Connector.Sent.Where(s => !before.Contains(s.Id) && (string?)s.Activity["conversation"]?["id"] == conversation)]);
    }
}
