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

    /// <summary>Thanks or a goodbye, and nothing else ("ok thanks!", "谢谢，没事了"): acknowledged, never a wrong answer.</summary>
    Thanks,
}
