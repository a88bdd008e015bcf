using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Terminal;

/// <summary>A numbered button shown in the terminal. Typing its number does what clicking it would do.</summary>
/// <param name="Title">The button's caption.</param>
/// <param name="SubmitData">The <c>Action.Submit</c>/<c>Action.Execute</c> data to send back as the activity's value.</param>
/// <param name="MessageText">Text to send as if typed (hero-card <c>imBack</c>/<c>messageBack</c> buttons).</param>
/// <param name="Url">A link to show (<c>Action.OpenUrl</c>); nothing is sent when chosen.</param>
public sealed record TerminalAction(string Title, JToken? SubmitData = null, string? MessageText = null, string? Url = null);
