namespace CrossBorderBot.Dialogs;

/// <summary>
/// Dialog ids are persisted in conversation state: never rename one. A renamed id is recovered from (apology and a
/// fresh start), but the user loses their place.
/// </summary>
public static class DialogIds
{
    public const string MainMenu = "main-menu";
    public const string MenuChoice = "main-menu.choice";
    public const string AskQuestion = "ask-question";
    public const string AskQuestionText = "ask-question.text";
    public const string AskQuestionAnother = "ask-question.another";
    public const string AskQuestionMarket = "ask-question.market";
    public const string GuideLogistics = "guide-logistics";
    public const string GuideFixIssue = "guide-fix-issue";
    public const string GuideReadiness = "guide-readiness";
    public const string GuidePlatform = "guide-platform";
}
