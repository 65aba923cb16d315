#!/usr/bin/env python3
"""Checks KinGraph's exchange exports with the programs that consume them.

  check_exchange.py [--graphml FILE] [--gexf FILE] [--ftm FILE]
                    [--nodes N --edges M]

networkx reads the GraphML and the GEXF (1.3) and must find N nodes and M edges;
followthemoney parses every FtM line, and every entity must validate: a known
schema that is not abstract, known properties that can be written, every value
valid for its type and unchanged by FtM's cleaning, required properties present,
entity references pointing at entities in the file with a schema in the
property's range. Prints one line per check, and exits 1 on any error.
"""
import argparse
import json
import sys


def check_graph(kind, path, nodes, edges):
    import networkx as nx

    if kind == "graphml":
        graph = nx.read_graphml(path)
    else:
        graph = nx.read_gexf(path, version="1.3")
    found = (graph.number_of_nodes(), graph.number_of_edges())
    errors = []
    if nodes is not None and found[0] != nodes:
        errors.append(f"{kind}: networkx found {found[0]} nodes, expected {nodes}")
    if edges is not None and found[1] != edges:
        errors.append(f"{kind}: networkx found {found[1]} edges, expected {edges}")
    print(f"{kind}: networkx read {found[0]} nodes, {found[1]} edges")
    return errors


def check_ftm(path):
    from followthemoney import model
    from followthemoney.exc import InvalidData

    errors = []
    entities = {}
    lines = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as exc:
                errors.append(f"ftm line {number}: not JSON ({exc})")
                continue
            if list(data.keys()) != ["id", "schema", "properties"]:
                errors.append(f"ftm line {number}: keys are {list(data.keys())}")
            lines.append((number, data))
            entities[data.get("id")] = data.get("schema")
    for number, data in lines:
        where = f"ftm line {number} ({data.get('id')})"
        schema = model.get(data.get("schema"))
        if schema is None or schema.abstract:
            errors.append(f"{where}: schema {data.get('schema')!r} is unknown or abstract")
            continue
        try:
            model.get_proxy(data, cleaned=False)
            schema.validate(data)
        except InvalidData as exc:
            errors.append(f"{where}: {exc} {getattr(exc, 'errors', '')}")
        properties = data.get("properties", {})
        for name in schema.required:
            if not properties.get(name):
                errors.append(f"{where}: required property {name} is missing")
        for name, values in properties.items():
            prop = schema.get(name)
            if prop is None:
                errors.append(f"{where}: {schema.name} has no property {name}")
                continue
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                errors.append(f"{where}: {name} is not a list of strings")
                continue
            if prop.stub:
                errors.append(f"{where}: {name} cannot be written")
            for value in values:
                if not prop.type.validate(value):
                    errors.append(f"{where}: {name}={value!r} is not a valid {prop.type.name}")
                elif prop.type.clean(value) != value:
                    errors.append(f"{where}: {name}={value!r} is cleaned to {prop.type.clean(value)!r}")
                if prop.range is not None and prop.type.name == "entity":
                    target = entities.get(value)
                    if target is None:
                        errors.append(f"{where}: {name} points to {value}, not in the file")
                    elif not model.get(target).is_a(prop.range):
                        errors.append(f"{where}: {name} points to a {target}, not a {prop.range.name}")
    print(f"ftm: followthemoney read {len(lines)} entities")
    return errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--graphml")
    parser.add_argument("--gexf")
    parser.add_argument("--ftm")
    parser.add_argument("--nodes", type=int)
    parser.add_argument("--edges", type=int)
    args = parser.parse_args()
    errors = []
    if args.graphml:
        errors += check_graph("graphml", args.graphml, args.nodes, args.edges)
    if args.gexf:
        errors += check_graph("gexf", args.gexf, args.nodes, args.edges)
    if args.ftm:
        errors += check_ftm(args.ftm)
    for error in errors:
        print("error: " + error)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
