"""Imports within battlemap/ point one way: no module reaches, even inside a function, for one that imports it."""

import ast
from pathlib import Path

import battlemap

PACKAGE = Path(battlemap.__file__).parent


def _module_name(path):
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules():
    """{dotted name: path} of every module of the package."""
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imported(node, module, is_package, known):
    """The modules of the package that one import statement names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name in known]
    # A relative import counts from the module's package (a package's own __init__ is its package).
    base = module if is_package else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        base = base.rpartition(".")[0]
    target = ".".join(part for part in (base if node.level else "", node.module or "") if part)
    # `from package import module` names the module; `from module import name` the module itself.
    named = [f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in known]
    return named or ([target] if target in known else [])


def import_graph():
    """{module: the package's modules it imports anywhere in its body, functions included}."""
    modules = _modules()
    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        graph[module] = {
            target
            for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
            for target in _imported(node, module, path.name == "__init__.py", modules)
            if target != module
        }
    return graph


def import_cycles(graph):
    """Every group of modules that import each other round a circle (Tarjan's strongly connected
    components of more than one module), each sorted."""
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph.get(module, ())):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_circle_within_battlemap():
    assert import_cycles(import_graph()) == []


def test_import_cycles_finds_a_circle_through_a_function_level_import():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_cycles(graph) == [["a", "b", "c"]]


def test_import_graph_reads_imports_inside_functions_and_relative_to_a_package():
    graph = import_graph()
    assert "battlemap.models" in graph["battlemap.services"]
    # apps.py imports its settings check inside ready().
    assert "battlemap.conf" in graph["battlemap.apps"]
