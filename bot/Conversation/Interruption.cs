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

    /// <summary>Thanks and nothing else ("ok thanks!", "多谢啦，帮大忙了"): acknowledged, never a wrong answer.</summary>
    Thanks,

    /// <summary>
    /// A goodbye in any words ("got it thx, bye for now", "谢谢，剩下的我们先自己弄", "that's all i needed"): a short
    /// goodbye, no menu again.
    /// </summary>
    Goodbye,
}
