namespace CrossBorderBot.Alerts;

/// <summary>Which adapter a subscription's conversation came through, so the alert goes back the same way.</summary>
public enum AlertDoor
{
    /// <summary><c>/api/messages</c>: Teams, Azure Bot Service channels, the Emulator (<c>ContinueConversationAsync</c>).</summary>
    BotFramework,

    /// <summary>The self-hosted Direct Line of the embedded web chat (appended to the conversation's log).</summary>
    DirectLine,

    /// <summary>Native Slack (<c>chat.postMessage</c>).</summary>
    Slack,
}
