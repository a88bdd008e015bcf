using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>Reads what a user would see in a bot reply: its text, the card's text blocks and its button titles.</summary>
public static class BotReplies
{
    public static IReadOnlyList<string> ButtonTitles(IActivity reply) =>
        Cards(reply).SelectMany(card => card.SelectTokens("$..actions[*].title")).Select(token => token.ToString()).ToList();

    public static string VisibleText(IActivity reply)
    {
        var message = reply.AsMessageActivity();
        var texts = Cards(reply).SelectMany(card => card.SelectTokens("$..text")).Select(token => token.ToString());
        return string.Join("\n", new[] { message?.Text ?? string.Empty }.Concat(texts));
    }

    public static IEnumerable<JObject> Cards(IActivity reply) =>
        (reply.AsMessageActivity()?.Attachments ?? [])
            .Where(attachment => attachment.ContentType == "application/vnd.microsoft.card.adaptive")
            .Select(attachment => CardTrees.Of(attachment.Content));

    /// <summary>The data an Adaptive Card button sends when clicked (what Web Chat and Teams post as the value).</summary>
    public static JObject ButtonData(IActivity reply, string title) =>
        (JObject)Cards(reply).SelectMany(card => card.SelectTokens("$..actions[*]"))
            .First(action => action.Value<string>("title") == title)["data"]!;
}
