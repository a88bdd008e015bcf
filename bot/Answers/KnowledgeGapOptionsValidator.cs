using CrossBorderBot.Composition;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Answers;

/// <summary>Refuses to start with a gap log path that no question could ever be written to (a folder, blanks, characters no file name takes).</summary>
public sealed class KnowledgeGapOptionsValidator : IValidateOptions<KnowledgeGapOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeGapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.Path;
        return new OptionsFailures()
            .Require(
                string.IsNullOrEmpty(path)
                    || (!string.IsNullOrWhiteSpace(path) && path.IndexOfAny(Path.GetInvalidPathChars()) < 0 && !Path.EndsInDirectorySeparator(path)),
                "KnowledgeGaps:Path must be a file's path (or empty for the default), not a folder or blanks.")
            .Result();
    }
}
