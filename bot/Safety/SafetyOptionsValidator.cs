using CrossBorderBot.Composition;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Safety;

/// <summary>Refuses to start with limits that would refuse every turn.</summary>
public sealed class SafetyOptionsValidator : IValidateOptions<SafetyOptions>
{
    public ValidateOptionsResult Validate(string? name, SafetyOptions options) => new OptionsFailures()
        .Require(options.MaxTurnsPerUserPerMinute > 0, "Safety:MaxTurnsPerUserPerMinute must be positive.")
        .Require(options.MaxMessageCharacters > 0, "Safety:MaxMessageCharacters must be positive.")
        .Result();
}
