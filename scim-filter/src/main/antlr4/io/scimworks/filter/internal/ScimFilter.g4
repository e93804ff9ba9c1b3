/*
 * The SCIM filter language (RFC 7644 §3.4.2.2), PATCH paths (§3.5.2) and attribute lists (§3.10).
 *
 * The parser builds the AST directly in its actions (no parse tree walk) through AstBuilder, and
 * is written so that SLL prediction never needs full context: every decision is settled by at
 * most two tokens. Precedence is encoded in the rule nesting (orExpr > andExpr > notExpr), and the
 * loops build left-associative trees without recursion. Recursion happens only at '(' and '[',
 * whose nesting FilterSyntax bounds before parsing starts.
 */
grammar ScimFilter;

options { caseInsensitive = true; }

@parser::header {
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.filter.PatchPath;
import java.util.ArrayList;
import java.util.List;
}

@parser::members {
/** Builds AST nodes and checks what the grammar cannot; set before parsing. */
AstBuilder ast;
}

// ---- entry points: each one consumes the whole input ----

filterInput returns [Filter f]
  : e=orExpr EOF { $f = $e.f; }
  ;

patchPathInput returns [PatchPath p]
  : a=attrPath { $p = ast.patchPath($a.p, null, null); }
    ( LBRACKET { ast.enterBrackets($LBRACKET); } e=orExpr RBRACKET
      { ast.exitBrackets(); $p = ast.patchPath($a.p, $e.f, null); }
      ( s=SUB_ATTR { $p = ast.patchPath($a.p, $e.f, $s); } )?
    )? EOF
  ;

attributePathInput returns [AttributePath p]
  : a=attrPath EOF { $p = $a.p; }
  ;

attributeListInput returns [List<AttributePath> l]
  @init { $l = new ArrayList<>(); }
  : a=attrPath { $l.add($a.p); } ( COMMA b=attrPath { $l.add($b.p); } )* EOF
  ;

// ---- filters: not > and > or ----

orExpr returns [Filter f]
  : l=andExpr { $f = $l.f; } ( OR r=andExpr { $f = new Filter.Or($f, $r.f); } )*
  ;

andExpr returns [Filter f]
  : l=notExpr { $f = $l.f; } ( AND r=notExpr { $f = new Filter.And($f, $r.f); } )*
  ;

notExpr returns [Filter f]
  : NOT LPAREN e=orExpr RPAREN { $f = new Filter.Not($e.f); }
  | a=atom { $f = $a.f; }
  ;

atom returns [Filter f]
  : LPAREN e=orExpr RPAREN { $f = $e.f; }
  | p=attrPath
    ( PR { $f = ast.present($p.start, $p.p); }
    | o=compareOp v=compValue { $f = ast.compare($p.start, $p.p, $o.op, $v.v); }
    | LBRACKET { ast.enterBrackets($LBRACKET); } e=orExpr RBRACKET
      { ast.exitBrackets(); $f = new Filter.ValuePath($p.p, $e.f); }
    )
  ;

compareOp returns [CompareOperator op]
  : EQ { $op = CompareOperator.EQ; }
  | NE { $op = CompareOperator.NE; }
  | CO { $op = CompareOperator.CO; }
  | SW { $op = CompareOperator.SW; }
  | EW { $op = CompareOperator.EW; }
  | GT { $op = CompareOperator.GT; }
  | GE { $op = CompareOperator.GE; }
  | LT { $op = CompareOperator.LT; }
  | LE { $op = CompareOperator.LE; }
  ;

compValue returns [CompareValue v]
  : t=STRING { $v = ast.string($t); }
  | t=NUMBER { $v = ast.number($t); }
  | TRUE { $v = AstBuilder.TRUE; }
  | FALSE { $v = AstBuilder.FALSE; }
  | NULL { $v = CompareValue.NullValue.INSTANCE; }
  | t=(NAME | BAREWORD) { $v = ast.bareWord($t); }
  ;

// An attribute path is one NAME token (URN prefix, name and sub-attribute together, since URNs
// contain ':' and '.'); AstBuilder splits and checks it. Keywords are valid attribute names.
attrPath returns [AttributePath p]
  : t=(NAME | AND | OR | NOT | PR | EQ | NE | CO | SW | EW | GT | GE | LT | LE | TRUE | FALSE | NULL)
    { $p = ast.path($t); }
  ;

// ---- tokens (case-insensitive, as ABNF literals are) ----

LPAREN : '(' ;
RPAREN : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COMMA : ',' ;

AND : 'and' ;
OR : 'or' ;
NOT : 'not' ;
PR : 'pr' ;
EQ : 'eq' ;
NE : 'ne' ;
CO : 'co' ;
SW : 'sw' ;
EW : 'ew' ;
GT : 'gt' ;
GE : 'ge' ;
LT : 'lt' ;
LE : 'le' ;
TRUE : 'true' ;
FALSE : 'false' ;
NULL : 'null' ;

// JSON escapes are case-sensitive: \N is not \n.
STRING options { caseInsensitive = false; } : '"' ( ESCAPE | ~["\\\u0000-\u001F] )* '"' ;
NUMBER : '-'? ( '0' | [1-9] [0-9]* ) ( '.' [0-9]+ )? ( 'e' [+\-]? [0-9]+ )? ;
NAME : [a-z$] [a-z0-9_:.$\-]* ;
SUB_ATTR : '.' [a-z$] [a-z0-9_$\-]* ;
WS : [ \t\r\n]+ -> skip ;
// Anything else up to a delimiter: an error in strict mode, a string value in lenient mode.
BAREWORD : ~[ \t\r\n()[\]",]+ ;

fragment ESCAPE options { caseInsensitive = false; } : '\\' ( ["\\/bfnrt] | 'u' HEX HEX HEX HEX ) ;
fragment HEX options { caseInsensitive = false; } : [0-9a-fA-F] ;
