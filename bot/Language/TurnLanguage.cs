namespace CrossBorderBot.Language;

/// <summary>
/// The language of the turn in hand, as one typed value. The conversation router decides it once a turn
/// (<see cref="ReplyLanguage.Choose"/> with the stored profile) and stamps it on the incoming activity with
/// <see cref="Stamp"/>; prompts, renderers, channels and the error reply read it back with <see cref="Of(ITurnContext)"/>
/// instead of looking at the activity's locale string themselves. Before the router has run (middleware, a card
/// invoke) the value is whatever locale the channel sent, English when it sent none.
/// </summary>
public static class TurnLanguage
{
    public static BotLanguage Of(ITurnContext turnContext) => Of(turnContext.Activity);

    public static BotLanguage Of(IMessageActivity? activity) => BotLanguage.Of(activity?.Locale);

    /// <summary>Makes <paramref name="language"/> the turn's language; the activity carries it as its locale tag.</summary>
    public static void Stamp(ITurnContext turnContext, BotLanguage language) => turnContext.Activity.Locale = language.Locale;
}
