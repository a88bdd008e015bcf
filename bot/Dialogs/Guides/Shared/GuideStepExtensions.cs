namespace CrossBorderBot.Dialogs.Guides;

/// <summary>What every guide's steps ask of their context.</summary>
public static class GuideStepExtensions
{
    /// <summary>The language to answer in, from the message's locale.</summary>
    public static BotLanguage Language(this DialogContext step) => TurnLanguage.Of(step.Context);
}
