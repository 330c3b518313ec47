using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Whether a source text may hold an identifier spelled like one of a set of names, read from its characters
/// without parsing: <see langword="false"/> means no identifier token of the text can be one of them, so its
/// syntax tree need not be scanned token by token (<see cref="MarkerReach"/>). A scan of the tokens builds the
/// compiler's syntax nodes for the whole tree; on a Blazor app that references MedQa but names none of it, that was
/// all of MEDQA001's time (benchmarks/analyzer/history/session-17.md).
/// </summary>
/// <remarks>
/// The text is cut into runs of identifier characters, by the compiler's own rule
/// (<see cref="SyntaxFacts.IsIdentifierPartCharacter"/>: letters, digits, connectors, combining marks and formatting
/// characters, one UTF-16 unit at a time), and each run's hash is looked up among the names' hashes. In code that
/// compiles, an identifier token is exactly such a run, or a run after its verbatim <c>@</c> (a number written
/// against a name, <c>1Answer</c>, is two tokens in one run, and an error the build reports anyway). Two spellings
/// are the same identifier in C# without being the same characters, and both are kept conservative: a formatting
/// character (U+200B and the like) is left out of the hash, as C# leaves it out of the identifier; a Unicode escape
/// (<c>\u0041</c>) anywhere in the text makes the answer <see langword="true"/>.
/// Everything else that matches (a word in a comment or a string, a hash collision) only means the tree is
/// scanned.
/// </remarks>
internal sealed class IdentifierPrefilter
{
    private const int ChunkLength = 4096;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private static readonly CharClass[] Ascii = BuildAscii();

    private readonly HashSet<uint> _hashes = [];

    // One bit per value of a hash's low 16 bits: most runs of a text are no name, and the bit says so without the set.
    private readonly ulong[] _bits = new ulong[1024];
    private readonly char[] _chunk = new char[ChunkLength];

    /// <param name="names">The identifiers to look for, as <see cref="Microsoft.CodeAnalysis.SyntaxToken.ValueText"/> spells them.</param>
    public IdentifierPrefilter(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var hash = HashOf(name);
            _hashes.Add(hash);
            _bits[(hash & 0xFFFF) >> 6] |= 1UL << (int)(hash & 63);
        }
    }

    /// <summary>The hash a run of identifier characters spelled like <paramref name="name"/> has.</summary>
    public static uint HashOf(string name)
    {
        var hash = FnvOffset;
        foreach (var c in name)
        {
            hash = Classify(c) == CharClass.Formatting ? hash : Mix(hash, c);
        }

        return hash;
    }

    /// <summary>
    /// <see langword="false"/> only when no identifier of <paramref name="text"/> can be one of the names; reads it
    /// once, in chunks of one reused buffer (not thread-safe: one filter per scan).
    /// </summary>
    public bool MayContainAny(SourceText text)
    {
        var lookup = new Lookup(this);
        return Scan(text, new TextSpan(0, text.Length), _chunk, ref lookup) != ScanEnd.Completed;
    }

    /// <summary>Whether a run's hash (<see cref="HashOf"/>, <see cref="TryCollectRuns"/>) is one of the names'.</summary>
    public bool Contains(uint hash) => (_bits[(hash & 0xFFFF) >> 6] & (1UL << (int)(hash & 63))) != 0 && _hashes.Contains(hash);

    /// <summary>Whether one of <paramref name="runs"/> (<see cref="TryCollectRuns"/>) is one of the names' hashes.</summary>
    public bool ContainsAny(uint[] runs)
    {
        foreach (var hash in runs)
        {
            if (Contains(hash))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the hash of every run of identifier characters in <paramref name="span"/> to <paramref name="runs"/>, in
    /// order and repeats included; <see langword="false"/> when the span holds a Unicode escape (its identifiers'
    /// names are not its runs).
    /// </summary>
    public static bool TryCollectRuns(SourceText text, TextSpan span, char[] chunk, List<uint> runs)
    {
        var collector = new Collector(runs);
        return Scan(text, span, chunk, ref collector) == ScanEnd.Completed;
    }

    /// <summary>
    /// <see cref="TryCollectRuns"/> that stops at the first run that is one of the names: <see langword="true"/> when
    /// the span holds none of them and no Unicode escape, and then <paramref name="runs"/> has every run's hash.
    /// </summary>
    public bool TryCollectRunsOfNone(SourceText text, TextSpan span, char[] chunk, List<uint> runs)
    {
        var collector = new CollectorUnlessName(this, runs);
        return Scan(text, span, chunk, ref collector) == ScanEnd.Completed;
    }

    // The one reading of a text into runs, for every use; a struct visitor, so no delegate call per run.
    [MethodImpl(HotPath.Optimized)] // one loop over every character of the compilation, run once per build
    private static ScanEnd Scan<TVisitor>(SourceText text, TextSpan span, char[] chunk, ref TVisitor visitor)
        where TVisitor : struct, IRunVisitor
    {
        // An if-chain with the table in a local, and the escape check on separators only: about a fifth faster
        // than a switch that also tracked a backslash at every character (benchmarks/analyzer/history/session-24.md).
        var ascii = Ascii;
        var hash = FnvOffset;
        var inRun = false;
        var backslashEnded = false; // the previous chunk's last character was a backslash
        for (var start = span.Start; start < span.End; start += chunk.Length)
        {
            var count = System.Math.Min(chunk.Length, span.End - start);
            text.CopyTo(start, chunk, 0, count);
            if (backslashEnded && chunk[0] is 'u' or 'U')
            {
                return ScanEnd.Escape;
            }

            backslashEnded = false;
            for (var i = 0; i < count; i++)
            {
                var c = chunk[i];
                var kind = c < 128 ? ascii[c] : ClassifyAny(c);
                if (kind == CharClass.Part)
                {
                    hash = Mix(hash, c);
                    inRun = true;
                    continue;
                }

                if (kind == CharClass.Formatting)
                {
                    inRun = true; // part of the identifier, not of its name
                    continue;
                }

                if (inRun && visitor.Visit(hash))
                {
                    return ScanEnd.Stopped;
                }

                hash = FnvOffset;
                inRun = false;
                if (c == '\\')
                {
                    // A Unicode escape: the identifier's characters are not in the text as they are.
                    if (i + 1 == count)
                    {
                        backslashEnded = true;
                    }
                    else if (chunk[i + 1] is 'u' or 'U')
                    {
                        return ScanEnd.Escape;
                    }
                }
            }
        }

        return inRun && visitor.Visit(hash) ? ScanEnd.Stopped : ScanEnd.Completed;
    }

    // FNV-1a over UTF-16 code units. A formatting character is identifier-part but not part of the name: both the
    // names' hashes and the runs' leave it out.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint hash, char c) => unchecked((hash ^ c) * FnvPrime); // the project checks arithmetic

    // The compiler's own rule for identifier characters (SyntaxFacts, the one its lexer reads identifiers by), so a
    // run never joins what the lexer splits; of those, a formatting character is not part of the name.
    // ASCII, nearly every character of C#, is read from a table built by that same rule.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharClass Classify(char c) => c < 128 ? Ascii[c] : ClassifyAny(c);

    private static CharClass ClassifyAny(char c)
        => !SyntaxFacts.IsIdentifierPartCharacter(c) ? CharClass.Other
        : c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format ? CharClass.Formatting
        : CharClass.Part;

    private static CharClass[] BuildAscii()
    {
        var table = new CharClass[128];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = ClassifyAny((char)c);
        }

        return table;
    }

    private enum ScanEnd
    {
        Completed,
        Stopped,
        Escape,
    }

    private interface IRunVisitor
    {
        /// <summary>Sees one run's hash; <see langword="true"/> stops the scan.</summary>
        bool Visit(uint hash);
    }

    private readonly struct Lookup(IdentifierPrefilter filter) : IRunVisitor
    {
        public bool Visit(uint hash) => filter.Contains(hash);
    }

    private readonly struct Collector(List<uint> runs) : IRunVisitor
    {
        public bool Visit(uint hash)
        {
            runs.Add(hash);
            return false;
        }
    }

    private readonly struct CollectorUnlessName(IdentifierPrefilter filter, List<uint> runs) : IRunVisitor
    {
        public bool Visit(uint hash)
        {
            if (filter.Contains(hash))
            {
                return true;
            }

            runs.Add(hash);
            return false;
        }
    }

    private enum CharClass
    {
        Other,
        Part,
        Formatting,
    }
}
