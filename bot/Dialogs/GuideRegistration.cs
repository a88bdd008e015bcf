namespace CrossBorderBot.Dialogs;

/// <summary>
/// A menu entry and the dialog that serves it. Register one per guide in DI
/// (<c>services.AddSingleton(sp => new GuideRegistration(IntentNames.ChooseLogistics, sp.GetRequiredService&lt;LogisticsGuide&gt;()))</c>);
/// the main menu adds the dialog to its own set, so the guide runs inside it and returns to the menu when it ends.
/// </summary>
public sealed record GuideRegistration(string Intent, Dialog Dialog);
