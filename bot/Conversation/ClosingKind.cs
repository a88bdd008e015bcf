namespace CrossBorderBot.Conversation;

/// <summary>What a message that only closes the conversation says (<see cref="ClosingWords"/>).</summary>
public enum ClosingKind
{
    /// <summary>It says more than closing, or only acknowledges ("ok", "got it").</summary>
    None,

    /// <summary>Thanks or praise for the help, and nothing else: acknowledged, the conversation goes on.</summary>
    Thanks,

    /// <summary>A goodbye, a "that's all" or taking the rest over: the conversation ends for now.</summary>
    Goodbye,
}
