using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>What the user saw in one turn: every message's text and card text, and the buttons of the last question.</summary>
public sealed record GuideTurn(IReadOnlyList<IActivity> Replies)
{
    /// <summary>Every message's text, card text blocks and card facts ("Title: value").</summary>
    public string Text => string.Join("\n", Replies.Select(reply => string.Join("\n", new[] { BotReplies.VisibleText(reply) }
        .Concat(BotReplies.Cards(reply).SelectMany(card => card.SelectTokens("$..facts[*]")).Select(fact => $"{fact["title"]}: {fact["value"]}")))));

    /// <summary>The buttons of the last message that has any.</summary>
    public IReadOnlyList<string> Buttons =>
        Replies.Select(BotReplies.ButtonTitles).LastOrDefault(titles => titles.Count > 0) ?? [];

    /// <summary>The text of the turn's last message: the question the bot is waiting on.</summary>
    public string Question => Replies.Count == 0 ? string.Empty : BotReplies.VisibleText(Replies[^1]);
}
