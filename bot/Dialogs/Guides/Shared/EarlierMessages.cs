using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Messages of this conversation that named what every guide can use — where the goods go and what they are — so a
/// guide started later fills them in instead of asking again ("we make mugs for Germany and the Netherlands", then
/// "which platform?"). The conversation profile keeps only their text; they are recognized again only when a guide
/// starts, which keeps the cost off every other turn.
/// </summary>
public sealed class EarlierMessages(IReadOnlyList<string> texts, Func<string, RecognizedMessage> recognize)
{
    public static EarlierMessages? Of(ITurnContext turnContext) => turnContext.TurnState.Get<EarlierMessages>();

    public void Attach(ITurnContext turnContext) => turnContext.TurnState.Set(this);

    /// <summary>The earlier messages in the order the profile gives them (the product's, then the destination's), without
    /// <paramref name="startText"/> (the guide reads that one itself).</summary>
    public List<EarlierMessage> Except(string? startText) =>
        [.. texts.Where(text => !string.Equals(text, startText?.Trim(), StringComparison.Ordinal))
            .Select(text => new EarlierMessage(text, recognize(text).Entities))];
}

/// <summary>One earlier message and what the recognizer found in it.</summary>
public sealed record EarlierMessage(string Text, MessageEntities Entities);
