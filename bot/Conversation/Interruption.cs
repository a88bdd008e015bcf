namespace CrossBorderBot.Conversation;

/// <summary>What the user asked for above whatever question is waiting.</summary>
public enum Interruption
{
    None,
    Help,
    Cancel,
    Back,
    ShowPlan,
    SwitchToEnglish,
    SwitchToChinese,
    ToggleLanguage,
}
