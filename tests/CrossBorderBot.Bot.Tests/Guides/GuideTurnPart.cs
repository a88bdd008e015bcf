namespace CrossBorderBot.Tests.Guides;

/// <summary>Where in a turn a table row expects its fragment.</summary>
public enum GuideTurnPart
{
    /// <summary>Anywhere in the turn's messages, card text and facts.</summary>
    Text,

    /// <summary>In the turn's last message: the question the bot waits on.</summary>
    Question,

    /// <summary>One of the buttons of the turn's last message that has any (the whole title).</summary>
    Button,
}
