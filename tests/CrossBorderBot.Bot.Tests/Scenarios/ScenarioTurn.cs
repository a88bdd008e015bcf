namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// One thing the user says and what must (and must not) show in the bot's replies to it. Patterns are regular
/// expressions matched against everything the user saw in that turn (texts, card texts, facts).
/// </summary>
/// <param name="Say">The user's message.</param>
/// <param name="Expect">Every pattern must match.</param>
/// <param name="Forbid">No pattern may match.</param>
/// <param name="Once">Each pattern must show in exactly one message of the turn (something sent twice is a failure).</param>
/// <param name="MissAllowed">True when "didn't understand" is an acceptable reply (gibberish).</param>
public sealed record ScenarioTurn(string Say, string[] Expect, string[] Forbid, string[] Once, bool MissAllowed)
{
    public ScenarioTurn Sees(params string[] patterns) => this with { Expect = [.. Expect, .. patterns] };

    public ScenarioTurn Never(params string[] patterns) => this with { Forbid = [.. Forbid, .. patterns] };

    public ScenarioTurn SeesOnce(params string[] patterns) => this with { Once = [.. Once, .. patterns] };

    public ScenarioTurn MayMiss() => this with { MissAllowed = true };
}
