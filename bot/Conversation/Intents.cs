namespace CrossBorderBot.Conversation;

/// <summary>Intent names: a contract shared with the recognizer, its evaluation set and outside checks.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string StartReadiness = "start_readiness";
    public const string ChoosePlatform = "choose_platform";
    public const string ChooseLogistics = "choose_logistics";
    public const string FixIssue = "fix_issue";
    public const string AskKnowledge = "ask_knowledge";

    /// <summary>The intents that open a menu entry when the user says them outright.</summary>
    public static readonly IReadOnlySet<string> MenuEntries = new HashSet<string>(StringComparer.Ordinal)
    {
        StartReadiness, ChoosePlatform, ChooseLogistics, FixIssue, AskKnowledge,
    };
}
