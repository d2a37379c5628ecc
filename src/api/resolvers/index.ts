// Every resolver module, keyed by GraphQL type name.
import { DateScalar } from '../date-scalar';
import { Agency, InheritedDuties, Succession } from './Agency';
import { Citation } from './Answer';
import { Curation } from './Curation';
import { Deadline } from './Deadline';
import { CuratedValues, Directive, ExtractedValues } from './Directive';
import { Document } from './Document';
import { AgencyLoad, Assignee, Entity, MeetingLoad, NetworkEdge, NetworkNode, Path, PathStep, SearchHit } from './Graph';
import { Chair, Meeting } from './Meeting';
import { Mutation } from './Mutation';
import { Official } from './Official';
import { Post } from './Post';
import { Query } from './Query';
import { Source } from './Source';

export const resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Directive,
  ExtractedValues,
  CuratedValues,
  Curation,
  Deadline,
  Source,
  Meeting,
  Chair,
  Document,
  Agency,
  Succession,
  InheritedDuties,
  Official,
  Post,
  Entity,
  Assignee,
  SearchHit,
  Path,
  PathStep,
  AgencyLoad,
  MeetingLoad,
  NetworkNode,
  NetworkEdge,
  Citation,
};
