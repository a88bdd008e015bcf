namespace CrossBorderBot.Dialogs;

/// <summary>What the dialog stack looks like after a dialog call.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing ran.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog ended and the stack below it has nothing more to run.</summary>
    Complete,

    /// <summary>The dialogs were cancelled (for example a prompt gave up).</summary>
    Cancelled,
}
