using System.Globalization;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Makes the numbers in reasons ("12.5 kg", "3.99 USD") look the same whatever the host's culture; the
/// previous culture is restored on dispose (CurrentCulture flows per thread and async context).</summary>
internal readonly struct InvariantCultureScope : IDisposable
{
    private readonly CultureInfo _previous;

    private InvariantCultureScope(CultureInfo previous) => _previous = previous;

    public static InvariantCultureScope Enter()
    {
        var scope = new InvariantCultureScope(CultureInfo.CurrentCulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        return scope;
    }

    public void Dispose() => CultureInfo.CurrentCulture = _previous;
}
