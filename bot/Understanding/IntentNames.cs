namespace CrossBorderBot.Understanding;

/// <summary>The intent names <see cref="CrossBorderRecognizer"/> reports (a contract shared with the dialogs and the Emulator trace).</summary>
public static class IntentNames
{
    public const string Greeting = "greeting";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string StartReadiness = "start_readiness";
    public const string ChoosePlatform = "choose_platform";
    public const string ChooseLogistics = "choose_logistics";
    public const string FixIssue = "fix_issue";
    public const string AskKnowledge = "ask_knowledge";

    /// <summary>Reported as the top intent when nothing fits well enough.</summary>
    public const string None = "None";

    /// <summary>Every intent, <see cref="None"/> last.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Greeting, Help, Cancel, StartReadiness, ChoosePlatform, ChooseLogistics, FixIssue, AskKnowledge, None];
}
