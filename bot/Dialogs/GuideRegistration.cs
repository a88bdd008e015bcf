namespace CrossBorderBot.Dialogs;

/// <summary>
/// A menu entry and the dialog that serves it, one per guide, registered with the guide itself by <c>AddConversation</c>
/// (<c>services.AddGuide&lt;LogisticsGuide&gt;(IntentNames.ChooseLogistics)</c>); the main menu adds the dialog to its
/// own set, so the guide runs inside it and returns to the menu when it ends.
/// </summary>
public sealed record GuideRegistration(string Intent, Dialog Dialog);
